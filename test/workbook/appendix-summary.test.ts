/** Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (TT24 Điều 10 khoản 1 điểm b). */
import { buildAppendixSheets } from "../../src/workbook/appendix";
import { findRow, makeEvaluation, makeSelfAssessments, RULES, rowTexts, share, sheet, text } from "./appendix-fixture";

const models = buildAppendixSheets(makeEvaluation(), makeSelfAssessments(), RULES);
const m = sheet(models, "Bản tổng hợp");
const header = findRow(m, 0, "STT");

test("header: STT | Tiêu chí, chỉ tiêu | Kết quả | Mức đạt | Minh chứng | Căn cứ; title lines above", () => {
  expect(rowTexts(m, header)).toEqual([
    "STT",
    "Tiêu chí, chỉ tiêu (nội dung)",
    "Kết quả (số liệu)",
    "Mức đạt",
    "Minh chứng",
    "Căn cứ",
  ]);
  expect(m.frozenRows).toBe(header + 1);
  expect(text(m.rows[4]![0])).toBe("Tổng số Thành viên tính vào đánh giá: 45 (không tính 1 người)");
});

test("one row per chỉ tiêu, in order, each under its tiêu chí row", () => {
  const ids = m.rows.map((r) => text(r[0]));
  const body = ids.slice(header + 1).filter((id) => /^\d+(\.\d+)?$/.test(id));
  expect(body).toEqual(["1", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "3", "3.1", "3.2", "3.3", "3.4", "3.5"]);
  for (const ind of makeEvaluation().indicators) {
    expect(ids.filter((id) => id === ind.id)).toHaveLength(1);
    const r = ids.indexOf(ind.id);
    // The nearest criterion row above is the chỉ tiêu's own.
    const above = ids.slice(header + 1, r).filter((id) => /^\d+$/.test(id));
    expect(above[above.length - 1]).toBe(ind.criterion);
  }
});

test("tiêu chí rows show the criterion, its counts and its level, in bold", () => {
  const r1 = findRow(m, 0, "1", header + 1);
  expect(rowTexts(m, r1)).toEqual([
    "1",
    "Tiêu chí 1: Về điều kiện xây dựng “Đơn vị học tập”",
    "5/5 chỉ tiêu đạt mức độ 1; 5/5 chỉ tiêu đạt mức độ 2",
    "Đạt mức độ 2",
    "",
    "Điều 6 khoản 1 Thông tư 24/2023/TT-BGDĐT",
  ]);
  expect(m.rows[r1]![1]!.style?.bold).toBe(true);
  const r2 = findRow(m, 0, "2", header + 1);
  expect(rowTexts(m, r2).slice(2, 4)).toEqual(["5/5 chỉ tiêu đạt mức độ 1; 3/5 chỉ tiêu đạt mức độ 2", "Đạt mức độ 1"]);
  const r3 = findRow(m, 0, "3", header + 1);
  // 3.5 does not apply: four chỉ tiêu count.
  expect(rowTexts(m, r3).slice(2, 4)).toEqual(["4/4 chỉ tiêu đạt mức độ 1; 3/4 chỉ tiêu đạt mức độ 2", "Đạt mức độ 1"]);
});

test.each([
  ["2.1", "45/45 (100%)", "Đạt mức độ 2"],
  ["2.2", "44/45 (97,8%)", "Đạt mức độ 2"],
  ["2.3", "42/45 (93,3%)", "Đạt mức độ 1"],
  ["2.4", "30/45 (66,7%)", "Đạt mức độ 1"],
  ["2.5", "43/45 (95,6%)", "Đạt mức độ 2"],
  ["3.1", "45/45 (100%)", "Đạt mức độ 2"],
  ["1.1", "Tổ đánh giá: Đạt", "Đạt mức độ 2"],
  ["3.2", "Tổ đánh giá: Đạt", "Đạt mức độ 2"],
  ["3.3", "Danh hiệu thi đua tập thể của năm đánh giá: Tập thể lao động tiên tiến", "Đạt mức độ 2"],
  ["3.4", "Mức độ chuyển đổi số của đơn vị theo QĐ 4725/QĐ-BGDĐT: Mức đáp ứng cơ bản", "Đạt mức độ 1"],
  ["3.5", "—", "Không áp dụng"],
])("chỉ tiêu %s: Kết quả “%s”, Mức đạt “%s”", (id, figures, level) => {
  const r = findRow(m, 0, id, header + 1);
  const row = rowTexts(m, r);
  expect(row[2]).toBe(figures);
  expect(row[3]).toBe(level);
});

test("nội dung is the regulation's wording; minh chứng comes from the Tự đánh giá sheet; căn cứ is the citation", () => {
  const r = findRow(m, 0, "2.5", header + 1);
  const row = rowTexts(m, r);
  expect(row[1]).toBe(
    "Chỉ tiêu 2.5: Tối thiểu 90% Thành viên trong đơn vị đạt danh hiệu “Lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên.",
  );
  expect(row[4]).toBe("[H2-2.5-01] Quyết định công nhận danh hiệu LĐTT năm học 2024-2025");
  expect(row[5]).toBe("Điều 7 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT");
  expect(m.rows[r]![1]!.style).toMatchObject({ wrap: true, border: true });
});

test("results resting on an assumption are marked and the assumption is written out below", () => {
  // Tiêu chí 1 at mức độ 2 rests on the text (Điều 7 khoản 1 refers to khoản 1 Điều 6): no mark.
  const r = findRow(m, 0, "1.1", header + 1);
  expect(rowTexts(m, r)[5]).toBe("Điều 6 khoản 1 điểm a (theo Điều 7 khoản 1) Thông tư 24/2023/TT-BGDĐT");
  const r35 = findRow(m, 0, "3.5", header + 1);
  expect(rowTexts(m, r35)[5]).toContain("Giả định của dvht: (1)");
  expect(text(m.rows[findRow(m, 0, "(1)")]![1])).toMatch(/^Chỉ tiêu không áp dụng cho loại đơn vị/);
});

test("the overall row closes the table", () => {
  const r = findRow(m, 1, /^KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG CỦA ĐƠN VỊ/);
  expect(r).toBeGreaterThan(findRow(m, 0, "3.5"));
  const row = rowTexts(m, r);
  expect(row[1]).toBe(
    "KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG CỦA ĐƠN VỊ\nTrường Tiểu học An Tiến tự đánh giá đạt “Đơn vị học tập” cấp huyện mức độ 1 năm 2025.",
  );
  expect(row[2]).toBe("3/3 tiêu chí đạt mức độ 1; 1/3 tiêu chí đạt mức độ 2");
  expect(row[3]).toBe("Đạt mức độ 1");
  expect(m.rows[r]![3]!.style?.bold).toBe(true);
});

test("a unit that fails one chỉ tiêu: Không đạt on the chỉ tiêu, its tiêu chí and the unit", () => {
  const failing = buildAppendixSheets(makeEvaluation({ "2.4": share("2.4", 20) }), makeSelfAssessments(), RULES);
  const s = sheet(failing, "Bản tổng hợp");
  const h = findRow(s, 0, "STT");
  expect(rowTexts(s, findRow(s, 0, "2.4", h + 1)).slice(2, 4)).toEqual(["20/45 (44,4%)", "Không đạt"]);
  expect(rowTexts(s, findRow(s, 0, "2", h + 1))[3]).toBe("Không đạt");
  const overall = rowTexts(s, findRow(s, 1, /^KẾT QUẢ TỰ ĐÁNH GIÁ CHUNG/));
  expect(overall[1]).toContain("Trường Tiểu học An Tiến tự đánh giá chưa đạt “Đơn vị học tập” cấp huyện năm 2025.");
  expect(overall[2]).toBe("2/3 tiêu chí đạt mức độ 1; 1/3 tiêu chí đạt mức độ 2");
  expect(overall[3]).toBe("Không đạt");
});

test("a chỉ tiêu with two applicable parts shows both figures, named", () => {
  const evaluation = makeEvaluation();
  const i31 = evaluation.indicators.find((i) => i.id === "3.1")!;
  const learner = {
    ...i31.parts[1]!,
    requiredAt: { 1: true, 2: true },
    metAt: { 1: true, 2: true },
    numerator: 1234,
    denominator: 1250,
    ratio: 1234 / 1250,
    explanation: "1.234/1.250 Người học đạt “Công dân học tập”.",
  };
  const withLearners = { ...evaluation, indicators: evaluation.indicators.map((i) => (i.id === "3.1" ? { ...i31, parts: [i31.parts[0]!, learner] } : i)) };
  const s = sheet(buildAppendixSheets(withLearners, [], RULES), "Bản tổng hợp");
  const row = rowTexts(s, findRow(s, 0, "3.1", findRow(s, 0, "STT") + 1));
  expect(row[2]).toBe("Thành viên: 45/45 (100%)\nNgười học: 1.234/1.250 (98,7%)");
  expect(row[1]).toContain("Đối với đơn vị là Cơ sở giáo dục đánh giá, công nhận ở cấp huyện tối thiểu 95% Người học");
});
