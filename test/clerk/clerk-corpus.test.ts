/**
 * Workbooks as clerks really keep them (issue 11): title blocks, blank rows, totals rows, signature blocks,
 * notes, the spellings of titles, certificates, trainings, years and Kỷ luật, NFD names, invisible
 * characters, duplicates, report wording in `Đơn vị`, and a unit type from every line of TT24/2023 Điều 2.
 * Every figure is counted by hand in the test from the rows it builds; every message is located.
 * The last test holds the whole corpus to: no level rests on a value dvht did not recognise.
 */
import type { DataIssue } from "../../src/engine/issues";
import type { IndicatorResult } from "../../src/engine/result";
import { SCALES } from "../../src/rules/scales";
import { readDiscipline } from "../../src/rules/vocabulary/discipline";
import { TRAINING_RESULT_TERMS } from "../../src/rules/vocabulary/training";
import { assessWorkbook, type Assessment } from "../../src/workbook/assess";
import { matchTerm } from "../../src/workbook/vocabulary";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { memberName } from "../helpers/workbook-builder";
import { YEAR, clerkWorkbook, fullMember, fullMembers, type ClerkMember, type ClerkSpec } from "./clerk-workbook";

const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

interface Run {
  id: string;
  workbook: WorkbookData;
  assessment: Assessment;
}
const corpus: Run[] = [];

/** Assess a clerk workbook; the values handed in must be left exactly as they were. */
function run(id: string, spec: ClerkSpec) {
  const workbook = clerkWorkbook(spec);
  const before = JSON.stringify(workbook);
  const assessment = assessWorkbook(workbook);
  expect(JSON.stringify(workbook)).toBe(before);
  corpus.push({ id, workbook, assessment });
  const issues = assessment.issues;
  return {
    assessment,
    issues,
    ind(id: string): IndicatorResult {
      const found = assessment.evaluation?.indicators.find((i) => i.id === id);
      if (!found) throw new Error(`${id}: no indicator (evaluation ${assessment.evaluation ? "present" : "null"})`);
      return found;
    },
    codes(code: string): DataIssue[] {
      return issues.filter((i) => i.code === code);
    },
  };
}

/** numerator, denominator and level of a share indicator. */
function share(ind: IndicatorResult): [number | null, number | null, number | null] {
  return [ind.numerator, ind.denominator, ind.level];
}

const N = 20;
/** Excel row of the i-th member (0-based) on a sheet whose header is on row 1 and has one row per member. */
const rowOf = (i: number): number => i + 2;

describe("shapes of the table: title blocks, blank rows, rows after the data", () => {
  test("canonical: 20 members who meet everything → every share 20/20, Đạt mức độ 2", () => {
    const r = run("canonical", { members: fullMembers(N) });
    for (const id of ["2.1", "2.2", "2.3", "2.4", "2.5", "3.1"]) expect(share(r.ind(id))).toEqual([20, 20, 2]);
    expect(r.assessment.evaluation!.overall.level).toBe(2);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("a three-row title block and a blank row after every 4 members: the same 20 members, rows where Excel has them", () => {
    const r = run("title-block-blank-rows", {
      members: fullMembers(N),
      titleBlock: ["ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "DANH SÁCH THÀNH VIÊN NĂM HỌC 2024-2025"],
      blankEvery: 4,
    });
    const members = r.assessment.input!.members;
    expect(members).toHaveLength(20);
    // Header on row 4; members 1–4 on rows 5–8, a blank row 9, member 5 on row 10; member 20 on 5 + 19 + 4 blanks = 28.
    expect(members[4]!.row).toBe(10);
    expect(members[19]!.row).toBe(28);
    expect(share(r.ind("2.5"))).toEqual([20, 20, 2]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("“Tổng cộng: 20 người” under the roster is not a member (20 not 21), with an info naming row 22", () => {
    const r = run("totals-label", { members: fullMembers(N), after: { "Thành viên": [[null, "Tổng cộng: 20 người"]] } });
    expect(r.assessment.input!.members).toHaveLength(20);
    expect(share(r.ind("2.5"))).toEqual([20, 20, 2]);
    const [info] = r.codes("tableTrailer");
    expect(info).toMatchObject({ severity: "info", sheet: "Thành viên", row: 22 });
    expect(info!.message).toContain("dòng tổng cộng");
    expect(r.codes("nothingRecorded")).toEqual([]);
  });

  test("an Excel table's totals row (a lone count 20 under Họ và tên) is not a member", () => {
    const r = run("totals-lone-count", { members: fullMembers(N), after: { "Thành viên": [[null, 20, null, null, null, null]] } });
    expect(r.assessment.input!.members).toHaveLength(20);
    expect(share(r.ind("2.1"))).toEqual([20, 20, 2]);
    expect(r.codes("tableTrailer")).toMatchObject([{ sheet: "Thành viên", row: 22 }]);
  });

  test("“Cộng” with counts in other columns, on the roster and on Khen thưởng, is skipped where it stands", () => {
    const r = run("totals-cong", {
      members: fullMembers(N),
      after: { "Thành viên": [["Cộng", null, null, 20, null, 20]], "Khen thưởng": [["Cộng", 20]] },
    });
    expect(r.assessment.input!.members).toHaveLength(20);
    expect(r.assessment.input!.awards).toHaveLength(20);
    expect(r.codes("tableTrailer").map((i) => [i.sheet, i.row])).toEqual([
      ["Thành viên", 22],
      ["Khen thưởng", 22],
    ]);
    expect(r.codes("unknownMember")).toEqual([]);
  });

  test("a signature block (date line, Người lập biểu / Hiệu trưởng, (Ký, ghi rõ họ tên), the signers' names) ends the roster", () => {
    const r = run("signature-block", {
      members: fullMembers(N),
      after: {
        "Thành viên": [
          [],
          [null, null, null, "Kim Đồng, ngày 20 tháng 5 năm 2025"],
          [null, "Người lập biểu", null, "Hiệu trưởng"],
          [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"],
          [],
          [],
          [null, "Trần Thị Lập", null, "Nguyễn Văn Trưởng"],
        ],
      },
    });
    // Data on rows 2–21; row 22 blank; the date line on row 23 ends the table; rows 24, 25 and 28 follow it.
    expect(r.assessment.input!.members.map((m) => m.name)).not.toContain("Trần Thị Lập");
    expect(r.assessment.input!.members).toHaveLength(20);
    for (const id of ["2.1", "2.2", "2.3", "2.5"]) expect(share(r.ind(id))).toEqual([20, 20, 2]);
    expect(r.codes("tableTrailer")).toMatchObject([{ severity: "info", sheet: "Thành viên", row: 23 }]);
    expect(r.codes("belowTableEnd").map((i) => [i.severity, i.row])).toEqual([
      ["info", 24],
      ["info", 25],
      ["info", 28],
    ]);
    // No follow-up message treats a signature line as a person.
    expect(r.issues.filter((i) => /NGƯỜI LẬP BIỂU|Người lập biểu không có dòng|Trần Thị Lập không/i.test(i.message) && i.code !== "belowTableEnd")).toEqual([]);
    expect(r.codes("nothingRecorded")).toEqual([]);
  });

  test("signature block on Khen thưởng and in capitals (NGƯỜI LẬP BIỂU / THỦ TRƯỞNG ĐƠN VỊ): no “not in the roster” warning", () => {
    const r = run("signature-awards", {
      members: fullMembers(N),
      after: {
        "Khen thưởng": [["NGƯỜI LẬP BIỂU", null, "THỦ TRƯỞNG ĐƠN VỊ"], [], ["Lê Văn Lập", null, "Phạm Thị Trưởng"]],
        "Thành viên": [[null, "NGƯỜI LẬP BIỂU", null, null, "THỦ TRƯỞNG ĐƠN VỊ"], [], [null, "Lê Văn Lập", null, null, "Phạm Thị Trưởng"]],
      },
    });
    expect(r.codes("unknownMember")).toEqual([]);
    expect(r.assessment.input!.members).toHaveLength(20);
    expect(r.codes("tableTrailer").map((i) => [i.sheet, i.row])).toEqual([
      ["Thành viên", 22],
      ["Khen thưởng", 22],
    ]);
    expect(r.codes("belowTableEnd").map((i) => [i.sheet, i.row])).toEqual([
      ["Thành viên", 24],
      ["Khen thưởng", 24],
    ]);
  });

  test("“Ghi chú:” below the data ends the table; the note's second line too", () => {
    const r = run("notes", {
      members: fullMembers(N),
      after: { "Thành viên": [[null, "Ghi chú: Danh sách không gồm 2 nhân viên hợp đồng"], [null, "- Số liệu tính đến 31/5/2025"]] },
    });
    expect(r.assessment.input!.members).toHaveLength(20);
    expect(r.codes("tableTrailer")).toMatchObject([{ sheet: "Thành viên", row: 22 }]);
    expect(r.codes("belowTableEnd")).toMatchObject([{ sheet: "Thành viên", row: 23, severity: "info" }]);
  });
});

describe("spelling families", () => {
  test("17 ways of writing LĐTT / CSTĐ all count; Giấy khen and “Hoàn thành xuất sắc nhiệm vụ” do not, each with a located warning → 2.5 = 18/20", () => {
    const spellings: [CellValue, CellValue][] = [
      ["Lao động tiên tiến", YEAR],
      ["LĐTT", YEAR],
      ["LDTT", YEAR],
      ["Lao dong tien tien", YEAR],
      ["lao động tiên tiến", YEAR],
      ["Danh hiệu Lao động tiên tiến", YEAR],
      ["Lao động tiên tiến năm học 2024-2025", null],
      ["Lao động tiên tiến năm 2025", null],
      ["Chiến sĩ thi đua cơ sở", YEAR],
      ["Chiến sỹ thi đua cơ sở", YEAR],
      ["CSTĐ", YEAR],
      ["CSTĐCS", YEAR],
      ["Chien sy thi dua co so", YEAR],
      ["CSTĐ cơ sở năm học 2024-2025", null],
      ["Chiến sỹ thi đua cấp tỉnh", YEAR],
      ["Lao động tiên tiến", "Năm học 2024 - 2025"],
      ["LĐTT", "2024-2025"],
    ];
    const members = fullMembers(N).map((m, i) => {
      if (i < 17) return { ...m, awards: [{ title: spellings[i]![0], year: spellings[i]![1] }] };
      if (i === 17) return { ...m, awards: [{ title: "Giấy khen", year: YEAR }] };
      if (i === 18) return { ...m, awards: [{ title: "Hoàn thành xuất sắc nhiệm vụ", year: YEAR }] };
      return m;
    });
    const r = run("title-spellings", { members });
    // 17 spellings + member 20's “Lao động tiên tiến” = 18 of 20 = 90%: mức độ 1 (90%), not 2 (95%).
    expect(share(r.ind("2.5"))).toEqual([18, 20, 1]);
    expect(r.codes("notATitle")).toMatchObject([{ severity: "info", sheet: "Khen thưởng", row: rowOf(17), column: "Danh hiệu", columnLetter: "B" }]);
    expect(r.codes("unknownTitle")).toMatchObject([{ severity: "warning", sheet: "Khen thưởng", row: rowOf(18), column: "Danh hiệu", columnLetter: "B" }]);
    expect(r.codes("unknownTitle")[0]!.message).toContain("Hoàn thành xuất sắc nhiệm vụ");
    expect(r.codes("unknownTitle")[0]!.message).toContain("“Lao động tiên tiến”");
  });

  test("years: “2024-2025”, “Năm học 2024 - 2025”, “2025”, a date and 2025 count for 2025; “2023-2024” does not → 19/20", () => {
    const years: CellValue[] = [
      ...Array<CellValue>(5).fill("2024-2025"),
      ...Array<CellValue>(5).fill("Năm học 2024 - 2025"),
      ...Array<CellValue>(5).fill("2025"),
      ...Array<CellValue>(3).fill(new Date(Date.UTC(2025, 4, 20))),
      2025,
      "2023-2024",
    ];
    const members = fullMembers(N).map((m, i) => ({ ...m, awards: [{ title: "Lao động tiên tiến", year: years[i]! }] }));
    const r = run("years", { members });
    expect(share(r.ind("2.5"))).toEqual([19, 20, 2]);
    expect(r.codes("schoolYear").length).toBeGreaterThan(0);
  });

  test("certificates: Tiếng Anh, A2, B1, bậc 2/6, TOEIC, IELTS, tiếng Mông, tiếng dân tộc thiểu số, a blank Loại with “TOEIC 550” count; Tin học does not; “Bằng lái xe” is warned → 2.4 = 10/20", () => {
    const kinds: [CellValue, CellValue][] = [
      ["Tiếng Anh", "Chứng chỉ tiếng Anh"],
      ["A2", "Tiếng Anh A2"],
      ["B1", "VSTEP B1"],
      ["Tiếng Anh bậc 2/6", "Bậc 2"],
      ["TOEIC", "TOEIC 600"],
      ["IELTS 6.0", "IELTS"],
      ["Tiếng Mông", "Chứng chỉ tiếng Mông"],
      ["ngoai ngu", "Tiếng Pháp A2"],
      [null, "TOEIC 550"],
      ["Tiếng dân tộc thiểu số", "Tiếng Khmer"],
      ["Tin học", "Ứng dụng CNTT cơ bản"],
      ["Bằng lái xe", "B2"],
    ];
    const members = fullMembers(N).map((m, i) => ({
      ...m,
      certificates: i < kinds.length ? [{ kind: kinds[i]![0], certificate: kinds[i]![1] }] : [],
    }));
    const r = run("certificates", { members });
    // Members 1–10 hold a foreign-language or minority-language certificate: 10/20 = 50% → mức độ 1 (50%), not 2 (70%).
    expect(share(r.ind("2.4"))).toEqual([10, 20, 1]);
    expect(r.codes("certificateKindFromName")).toMatchObject([{ severity: "info", sheet: "Chứng chỉ", row: rowOf(8), column: "Loại" }]);
    expect(r.codes("unknownChoice")).toMatchObject([{ severity: "warning", sheet: "Chứng chỉ", row: rowOf(11), column: "Loại", columnLetter: "B" }]);
  });

  test("training: BDTX/CĐS groups and HT, Đạt, Hoàn thành tốt, hoan thanh results count; Chưa hoàn thành and Không đạt do not; an unknown group is warned", () => {
    const results = ["HT", "Đạt", "Hoàn thành tốt", "hoan thanh", "Hoàn thành xuất sắc"];
    const members: ClerkMember[] = fullMembers(N).map((m, i) => {
      const bb = { group: i < 10 ? "BDTX" : "Bắt buộc", result: i === 19 ? "Chưa hoàn thành" : results[i % 5]!, year: YEAR, program: "Bồi dưỡng thường xuyên" };
      const cds = {
        group: i === 17 ? "Ngoại khóa" : i < 10 ? "CĐS" : "Chuyển đổi số",
        result: i === 18 ? "Không đạt" : "Hoàn thành",
        year: "2024-2025",
        program: "Kỹ năng số",
      };
      return { ...m, trainings: [bb, cds] };
    });
    const r = run("training", { members });
    // 2.2: all but member 20 completed their Bắt buộc programme: 19/20 = 95% → mức độ 2.
    expect(share(r.ind("2.2"))).toEqual([19, 20, 2]);
    // 2.3: member 18's group is not understood, member 19 did not complete: 18/20 = 90% → mức độ 1.
    expect(share(r.ind("2.3"))).toEqual([18, 20, 1]);
    // Training rows: two per member, header on row 1; member 18's second row is 2 + 17·2 + 1 = 37.
    expect(r.codes("unknownChoice")).toMatchObject([{ severity: "warning", sheet: "Bồi dưỡng", row: 37, column: "Nhóm", columnLetter: "C" }]);
    expect(r.codes("unknownResult")).toEqual([]);
  });

  test("Kỷ luật: “Không bị”, “N/A”, “Không”, “-” are no discipline; “Khiển trách” and “x” are → 2.1 = 18/20, “x” warned at its cell", () => {
    const written: CellValue[] = ["Không bị", "N/A", "Không", "-", "không bị kỷ luật", "Khiển trách", "x"];
    const members = fullMembers(N).map((m, i) => ({ ...m, discipline: written[i] ?? null }));
    const r = run("discipline", { members });
    expect(share(r.ind("2.1"))).toEqual([18, 20, 1]);
    expect(r.codes("disciplineMark")).toMatchObject([{ severity: "warning", sheet: "Thành viên", row: rowOf(6), column: "Kỷ luật", columnLetter: "E" }]);
  });
});

describe("names", () => {
  test("roster names in NFD (as macOS writes them), other sheets in NFC: all joined → 20/20", () => {
    const members = fullMembers(N).map((m) => ({
      ...m,
      name: m.name.normalize("NFD"),
      awards: m.awards!.map((a) => ({ ...a, name: m.name.normalize("NFC") })),
      certificates: m.certificates!.map((c) => ({ ...c, name: m.name.normalize("NFC") })),
      trainings: m.trainings!.map((t) => ({ ...t, name: m.name.normalize("NFC") })),
    }));
    const r = run("nfd-names", { members });
    for (const id of ["2.2", "2.3", "2.4", "2.5"]) expect(share(r.ind(id))).toEqual([20, 20, 2]);
    expect(r.codes("unknownMember")).toEqual([]);
  });

  test("invisible characters, “Ð” for “Đ”, Hòa/Hoà and Thúy/Thuý: the same people → 20/20, no warning", () => {
    const roster = ["Nguyễn Thị Hòa", "Lê Thị Thúy", "Đặng Văn Long", "Trần Văn Khánh", "Phạm Thị Hoè", "Võ Minh Quý"];
    const written = [
      "Nguyễn Thị Hoà", // new tone placement
      "Lê Thị Thuý",
      "Ðặng Văn Long", // U+00D0
      "Trần\u200d Văn Khánh", // zero-width joiner
      "Phạm Thị Hòe\u200e", // old placement + LRM
      "\ufeffVõ Minh\u00ad Quý\u2060", // BOM, soft hyphen, word joiner
    ];
    const members = fullMembers(N).map((m, i) => {
      if (i >= roster.length) return m;
      const other = written[i]!;
      return {
        ...m,
        name: roster[i]!,
        awards: m.awards!.map((a) => ({ ...a, name: other })),
        certificates: m.certificates!.map((c) => ({ ...c, name: other })),
        trainings: m.trainings!.map((t) => ({ ...t, name: other })),
      };
    });
    const r = run("invisible-lookalike-tone", { members });
    for (const id of ["2.2", "2.3", "2.4", "2.5"]) expect(share(r.ind(id))).toEqual([20, 20, 2]);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("duplicates", () => {
  test("a roster row pasted twice (spaces and case aside) is one member, with a warning naming both rows", () => {
    const members = fullMembers(N);
    const copy: CellValue[] = [21, `  ${memberName(2).toUpperCase()} `, "Giáo viên", null, null, "có"];
    const r = run("duplicate-identical", { members, after: { "Thành viên": [copy] } });
    expect(r.assessment.input!.members).toHaveLength(20);
    for (const id of ["2.1", "2.5"]) expect(share(r.ind(id))).toEqual([20, 20, 2]);
    const [w] = r.codes("duplicateRowMerged");
    expect(w).toMatchObject({ severity: "warning", sheet: "Thành viên", row: 22, column: "Họ và tên" });
    expect(w!.message).toContain("dòng 4");
    expect(r.codes("duplicateMember")).toEqual([]);
  });

  test("the same name with other data and no Mã stays an error; no follow-up contradicts it", () => {
    const members = fullMembers(N);
    const other: CellValue[] = [21, memberName(2), "Tổ trưởng", null, null, "Có"];
    const r = run("duplicate-different", { members, after: { "Thành viên": [other] } });
    expect(r.codes("duplicateMember")).toMatchObject([{ severity: "error", sheet: "Thành viên", row: 22, column: "Họ và tên" }]);
    // 21 members; the two “Nguyễn Văn An”-like rows (4 and 22) get nobody's rows: 19 of 21 hold LĐTT.
    expect(share(r.ind("2.5"))).toEqual([19, 21, 1]);
    expect(r.codes("nothingRecorded").filter((i) => i.row === 4 || i.row === 22)).toEqual([]);
    expect(r.issues.filter((i) => i.message.includes(`Thêm các dòng của ${memberName(2)}`))).toEqual([]);
  });
});

describe("who is a Thành viên (TT24/2023 Điều 2 khoản 5–7)", () => {
  test("Bảo vệ and Cấp dưỡng with Tính vào đánh giá blank get an info asking the unit; they stay counted (denominator 20)", () => {
    const members = fullMembers(N).map((m, i) =>
      i === 17 ? { ...m, position: "Lái xe", counted: "Có" } : i === 18 ? { ...m, position: "Bảo vệ" } : i === 19 ? { ...m, position: "Cấp dưỡng" } : m,
    );
    const r = run("support-positions", { members });
    const infos = r.codes("supportPosition");
    expect(infos.map((i) => [i.severity, i.row, i.column])).toEqual([
      ["info", rowOf(18), "Chức vụ"],
      ["info", rowOf(19), "Chức vụ"],
    ]);
    expect(infos[0]!.message).toContain("Điều 2 khoản 5, 6, 7");
    expect(infos[0]!.message).toContain("đang tính");
    expect(share(r.ind("2.1"))).toEqual([20, 20, 2]);
  });
});

describe("Đơn vị in report wording", () => {
  test("“Trường Tiểu học Kim Đồng”, “Cấp huyện”, “Năm 2025”, “Công lập”, a title with its school year, “Đáp ứng tốt”: understood, evaluated", () => {
    const r = run("unit-wording", {
      members: fullMembers(N),
      unit: {
        "Loại đơn vị": "Trường Tiểu học Kim Đồng",
        "Cấp học cao nhất": undefined,
        "Cấp công nhận": "Cấp huyện",
        "Năm đánh giá": "Năm 2025",
        "Công lập": "Công lập",
        "Danh hiệu tập thể": "Tập thể Lao động tiên tiến năm học 2024-2025",
        "Mức chuyển đổi số (QĐ 4725)": "Đáp ứng tốt",
      },
    });
    const unit = r.assessment.input!.unit;
    expect([unit.type, unit.schoolLevel, unit.publicSector, unit.tier, unit.year]).toEqual(["phoThong", "tieuHoc", true, "huyen", 2025]);
    expect(r.ind("3.3").level).toBe(2);
    expect(r.ind("3.4").level).toBe(2);
    expect(r.codes("unitTypeRead")).toMatchObject([{ severity: "info", sheet: "Đơn vị", row: 3, column: "Giá trị" }]);
    expect(r.assessment.evaluation!.overall.level).toBe(2);
  });

  test("a trường trung cấp at cấp tỉnh: “Đã đạt” kiểm định, learners “1.250” and “1.200” as text → 3.1 learners 1200/1250 = 96% (mức độ 1), 3.6 met", () => {
    const r = run("unit-wording-gdnn", {
      members: fullMembers(N),
      unit: {
        "Loại đơn vị": "Trường Trung cấp Kinh tế - Kỹ thuật",
        "Cấp công nhận": "Cấp tỉnh",
        "Cấp học cao nhất": undefined,
        "Mức chuyển đổi số (QĐ 4725)": undefined,
        "Kiểm định GDNN": "Đã đạt",
        "Số người học": "1.250",
        "Số người học đạt Công dân học tập": "1.200",
      },
    });
    const ind = r.ind("3.1");
    const learners = ind.parts.find((p) => p.id === "3.1b")!;
    expect([learners.numerator, learners.denominator]).toEqual([1200, 1250]);
    // 1200/1250 = 96%: at least 95% (mức độ 1), below 97% (mức độ 2); members 20/20.
    expect(ind.level).toBe(1);
    expect(r.ind("3.6").level).toBe(2);
    expect(r.assessment.input!.unit.type).toBe("giaoDucNgheNghiep");
  });

  // Each row: what the clerk wrote, the Đơn vị row it sits on (Excel row), and the code of the refusal.
  test.each<[string, Record<string, CellValue | undefined>, number, string]>([
    ["Loại đơn vị “Trường học”", { "Loại đơn vị": "Trường học" }, 3, "unknownUnitValue"],
    ["Loại đơn vị “Trung tâm GDNN-GDTX huyện” (two types)", { "Loại đơn vị": "Trung tâm GDNN-GDTX huyện" }, 3, "ambiguousUnitType"],
    ["Công lập “Bán công”", { "Công lập": "Bán công" }, 7, "unknownUnitValue"],
    ["Cấp học cao nhất “Đại học”", { "Cấp học cao nhất": "Đại học" }, 8, "unknownUnitValue"],
    ["Loại “Trường THCS Lê Lợi” but Cấp học cao nhất “Tiểu học”", { "Loại đơn vị": "Trường THCS Lê Lợi" }, 8, "schoolLevelConflict"],
    ["Danh hiệu tập thể “Xuất sắc”", { "Danh hiệu tập thể": "Xuất sắc" }, 9, "unknownUnitValue"],
    ["QĐ 4725 “Mức 3”", { "Mức chuyển đổi số (QĐ 4725)": "Mức 3" }, 10, "unknownUnitValue"],
    ["Cấp công nhận “liên xã”", { "Cấp công nhận": "liên xã" }, 4, "unknownUnitValue"],
    ["Số người học “khoảng 600”", { "Số người học": "khoảng 600" }, 11, "invalidNumber"],
    ["Loại “Hội Liên hiệp Phụ nữ huyện” with Công lập blank", { "Loại đơn vị": "Hội Liên hiệp Phụ nữ huyện", "Công lập": null }, 7, "missingUnitValue"],
    ["Loại “Trường Giáo dưỡng số 2” at Cấp công nhận “huyện” (a cấp tỉnh institution, Điều 2 khoản 2)", { "Loại đơn vị": "Trường Giáo dưỡng số 2", "Cấp học cao nhất": undefined }, 4, "tierOfProvincialInstitution"],
  ])("%s: an error at the cell and no evaluation", (label, unit, row, code) => {
    const r = run(`refused: ${label}`, { members: fullMembers(N), unit });
    expect(r.assessment.evaluation).toBeNull();
    const errors = r.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, sheet: "Đơn vị", row, column: "Giá trị", columnLetter: "B" });
    expect(errors[0]!.message).toMatch(VIETNAMESE);
    expect(errors[0]!.fix).toBeDefined();
  });

  test("the refusal of an unknown type lists what dvht accepts", () => {
    const r = run("refused: list", { members: fullMembers(N), unit: { "Loại đơn vị": "Cơ sở X" } });
    const [e] = r.codes("unknownUnitValue");
    for (const accepted of ["“Phổ thông”", "“Cơ quan hành chính”", "“UBND xã”", "“Trường THPT”", "“Công ty TNHH …”", "“Trường giáo dưỡng”"]) expect(e!.message).toContain(accepted);
  });
});

describe("a unit type from every line of TT24/2023 Điều 2", () => {
  // [line, Loại đơn vị as written, Cấp công nhận, Công lập, expected type, 2.4 applies, 3.1 has a learner part]
  test.each<[string, string, string, CellValue, string, boolean, boolean]>([
    ["khoản 1: nhà trẻ", "Nhà trẻ Hoa Sen", "huyện", "Có", "mamNonCongLap", true, false],
    ["khoản 1: trường mầm non", "Trường Mầm non Sơn Ca", "huyện", "Có", "mamNonCongLap", true, false],
    ["khoản 1: trường THCS", "Trường THCS Lê Lợi", "huyện", "Có", "phoThong", true, false],
    ["khoản 1: PTDTBT", "Trường PTDTBT Tiểu học Nậm Cang", "huyện", "Có", "phoThong", true, false],
    ["khoản 2: trường THPT", "Trường THPT Nguyễn Du", "tỉnh", "Có", "phoThong", true, true],
    ["khoản 2: trung tâm GDTX", "Trung tâm GDTX tỉnh", "tỉnh", "Có", "giaoDucThuongXuyen", true, true],
    ["khoản 2: trường cao đẳng", "Trường Cao đẳng Kỹ thuật", "tỉnh", "Có", "giaoDucNgheNghiep", true, true],
    ["khoản 2: trường đại học", "Trường Đại học Hồng Đức", "tỉnh", "Có", "coSoGiaoDucDaiHoc", true, true],
    ["khoản 3: UBND xã", "UBND xã Tân Lập", "huyện", "Có", "coQuanHanhChinh", true, false],
    ["khoản 3: Hội LHPN huyện", "Hội Liên hiệp Phụ nữ huyện", "huyện", "Có", "coQuanDoanThe", true, false],
    ["khoản 3: công ty", "Công ty TNHH Minh Phát", "huyện", "Không", "toChucKinhTe", false, false],
    ["khoản 4: sở", "Sở Y tế", "tỉnh", "Có", "coQuanHanhChinh", true, false],
    ["khoản 4: đơn vị sự nghiệp", "Đơn vị sự nghiệp công lập", "tỉnh", "Có", "donViSuNghiepCongLap", true, false],
  ])("%s (“%s”)", (line, written, tier, publicSector, type, shareOfLanguages, learnerPart) => {
    const r = run(`Điều 2 ${line}`, {
      members: fullMembers(N),
      unit: { "Loại đơn vị": written, "Cấp công nhận": tier, "Công lập": publicSector, "Cấp học cao nhất": undefined },
    });
    expect(r.assessment.evaluation).not.toBeNull();
    expect(r.assessment.input!.unit.type).toBe(type);
    expect(r.ind("2.4").level === null).toBe(!shareOfLanguages);
    const learners = r.ind("3.1").parts.find((p) => p.id === "3.1b");
    expect(learners !== undefined && (learners.requiredAt[1] === true || learners.requiredAt[2] === true)).toBe(learnerPart);
  });
});

describe("TT24/2023 cấp tỉnh 3.1, Người học (Điều 12, 13 khoản 3 điểm a; Điều 2 khoản 2 and 8): every institution of khoản 2 with learners", () => {
  const institutions: [string, string][] = [
    ["trường dự bị đại học", "Trường Dự bị đại học Dân tộc Trung ương"],
    ["trường chuyên", "Trường chuyên Hà Giang"],
    ["trường năng khiếu", "Trường Năng khiếu Thể dục thể thao tỉnh"],
    ["trường dành cho người khuyết tật", "Trường dành cho người khuyết tật tỉnh"],
    ["trường giáo dưỡng", "Trường Giáo dưỡng số 4"],
    ["trung tâm hỗ trợ phát triển giáo dục hòa nhập", "Trung tâm hỗ trợ phát triển giáo dục hòa nhập tỉnh"],
  ];
  // Learners who are Công dân học tập out of 1.000: below 95% → Không đạt; 95% → mức độ 1; 97% → mức độ 2.
  const cases: [number, number][] = [
    [949, 0],
    [950, 1],
    [969, 1],
    [970, 2],
  ];
  const table = institutions.flatMap(([label, written]) => cases.map(([citizens, level]) => [label, written, citizens, level] as const));
  test.each(table)("%s (“%s”): %i/1.000 → 3.1 level %i", (label, written, citizens, level) => {
    const r = run(`tỉnh ${label} ${citizens}`, {
      members: fullMembers(N),
      unit: { "Loại đơn vị": written, "Cấp công nhận": "tỉnh", "Cấp học cao nhất": undefined, "Số người học": 1000, "Số người học đạt Công dân học tập": citizens },
    });
    const ind = r.ind("3.1");
    const learners = ind.parts.find((p) => p.id === "3.1b")!;
    expect([learners.numerator, learners.denominator]).toEqual([citizens, 1000]);
    // Members are 20/20 (mức độ 2): the learner part decides.
    expect(ind.level).toBe(level);
  });
});

describe("the whole corpus", () => {
  const titleNames = new Set(SCALES.individualTitle.steps.map((s) => s.name));
  const notTitles = new Set((SCALES.individualTitle.notTitles ?? []).map((s) => s.name));
  const categories = new Set(["Ngoại ngữ", "Tiếng dân tộc thiểu số", "Tin học", "Khác"]);
  const groups = new Set(["Bắt buộc", "Chuyển đổi số", "Tự chọn"]);
  const located = (issues: DataIssue[], sheet: string, row: number, column: string) =>
    issues.some((i) => i.sheet === sheet && i.row === row && i.column === column && i.severity !== "info" && VIETNAMESE.test(i.message));

  test("has at least 25 workbooks", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  test("no level rests on an unrecognised value: every evaluated unit's Đơn vị was understood, every unrecognised row value was warned at its cell", () => {
    let evaluated = 0;
    for (const { id, workbook, assessment } of corpus) {
      const { evaluation, input, issues } = assessment;
      if (evaluation === null) {
        expect([id, issues.some((i) => i.severity === "error")]).toEqual([id, true]);
        continue;
      }
      evaluated++;
      const unit = input!.unit;
      expect([id, unit.type !== null, unit.publicSector !== null, unit.year !== null]).toEqual([id, true, true, true]);
      if (unit.type === "phoThong") expect([id, unit.schoolLevel]).not.toEqual([id, null]);
      expect([id, issues.filter((i) => i.sheet === "Đơn vị" && i.severity === "error")]).toEqual([id, []]);
      for (const a of input!.awards) {
        if (!titleNames.has(a.title)) expect([id, a.row, a.title, notTitles.has(a.title) || located(issues, "Khen thưởng", a.row, "Danh hiệu")]).toEqual([id, a.row, a.title, true]);
      }
      for (const c of input!.certificates) {
        if (!categories.has(c.category)) expect([id, c.row, located(issues, "Chứng chỉ", c.row, "Loại")]).toEqual([id, c.row, true]);
      }
      const trainingSheet = workbook.sheets.find((s) => s.name === "Bồi dưỡng")!;
      for (const t of input!.trainings) {
        if (!groups.has(t.group)) expect([id, t.row, located(issues, "Bồi dưỡng", t.row, "Nhóm")]).toEqual([id, t.row, true]);
        const written = trainingSheet.rows[t.row - 1]![3];
        const known = typeof written === "string" && matchTerm(TRAINING_RESULT_TERMS, written) !== undefined;
        if (!known) expect([id, t.row, located(issues, "Bồi dưỡng", t.row, "Kết quả")]).toEqual([id, t.row, true]);
      }
      for (const m of input!.members) {
        if (m.discipline !== null && readDiscipline(m.discipline) !== "form") expect([id, m.row, located(issues, "Thành viên", m.row, "Kỷ luật")]).toEqual([id, m.row, true]);
      }
    }
    expect(evaluated).toBeGreaterThanOrEqual(25);
  });
});
