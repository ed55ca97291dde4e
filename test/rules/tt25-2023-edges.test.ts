/**
 * TT25/2023 at its edges (issue 12 items 5–7): cấp tỉnh 3.1 “Trường đại học trực thuộc tỉnh” when the
 * province has none; 4.1 cấp tỉnh after the two-level reform (01/7/2025); the denominator of 5.1/5.2;
 * cấp huyện and tỉnh workbooks without a `Cộng đồng` sheet; messages naming the sheet the data is on.
 */
import { assessWorkbook } from "../../src/workbook/assess";
import { evaluate } from "../../src/engine/evaluate";
import { readsCommunitySheet } from "../../src/engine/rule-set-fit";
import type { MemberUnit } from "../../src/engine/input";
import { findRuleSet } from "../../src/rules";
import { communeSample } from "../../src/samples/commune-tt25";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { communityInput } from "../helpers/community-input";

const XA = findRuleSet("tt25-2023/xa")!;
const HUYEN = findRuleSet("tt25-2023/huyen")!;
const TINH = findRuleSet("tt25-2023/tinh")!;

type UniversityRow = [article: string, provincialUniversity: boolean | null, rated: string | null, level: 0 | 2 | null];
const UNIVERSITY: UniversityRow[] = [
  ["Điều 16 khoản 3 điểm a: tỉnh ghi không có trường đại học trực thuộc tỉnh → Không áp dụng", false, null, null],
  ["Điều 16 khoản 3 điểm a: tỉnh ghi không có, Tổ đánh giá ghi Không áp dụng → Không áp dụng", false, "Không áp dụng", null],
  ["Điều 16 khoản 3 điểm a: tỉnh có trường, Tổ đánh giá ghi Đạt → đạt", true, "Đạt", 2],
  ["Điều 16 khoản 3 điểm a: để trống (provincialUniversityAsInput), Tổ đánh giá ghi Đạt → đạt", null, "Đạt", 2],
  ["Điều 16 khoản 3 điểm a: để trống, Tổ đánh giá ghi Không áp dụng → không đạt", null, "Không áp dụng", 0],
];
test.each(UNIVERSITY)("%s", (_article, provincialUniversity, rated, level) => {
  const units: MemberUnit[] = Array.from({ length: 10 }, (_, i) => ({ row: i + 2, name: `Huyện ${i}`, recognition: "Mức độ 2" }));
  const input = communityInput(TINH, { provincialUniversity, year: 2024 }, units);
  const rating = input.selfAssessments.find((s) => s.indicatorId === "3.1")!;
  if (rated === null) input.selfAssessments = input.selfAssessments.filter((s) => s !== rating);
  else rating.claimed = rated;
  const evaluation = evaluate(input, TINH);
  const result = evaluation.indicators.find((i) => i.id === "3.1")!;
  expect(result.level).toBe(level);
  if (level === null) {
    expect(result.explanation).toContain("tỉnh có trường đại học trực thuộc tỉnh");
    expect(evaluation.overall.level).toBe(2);
  }
  if (provincialUniversity !== false) expect(result.assumptions).toContain("provincialUniversityAsInput");
});

type ReformRow = [article: string, year: number, assumed: boolean];
const REFORM: ReformRow[] = [
  ["Điều 16 khoản 4 điểm a: năm 2024 → số huyện, theo văn bản", 2024, false],
  ["Điều 16 khoản 4 điểm a: năm 2025 (sau 01/7/2025) → đơn vị thành viên, giả định provinceMemberUnitsAfterReform", 2025, true],
];
test.each(REFORM)("%s", (_article, year, assumed) => {
  // 19 of 20 communes at mức độ 2: 95% ≥ 90% at both levels (19·100 ≥ 90·20).
  const units: MemberUnit[] = Array.from({ length: 20 }, (_, i) => ({ row: i + 2, name: `Xã ${i}`, recognition: i === 0 ? null : "Mức độ 2" }));
  const result = evaluate(communityInput(TINH, { year }, units), TINH).indicators.find((i) => i.id === "4.1")!;
  expect([result.numerator, result.denominator, result.level]).toEqual([19, 20, 2]);
  expect(result.assumptions.includes("provinceMemberUnitsAfterReform")).toBe(assumed);
});

type CitizensRow = [article: string, id: string, assumption: string];
const CITIZENS: CitizensRow[] = [
  ["Điều 6 khoản 5 điểm a: 5.1 mẫu số “công dân trong xã” là giả định", "5.1", "citizensOfCommune"],
  ["Điều 6 khoản 5 điểm b: 5.2 mẫu số “công dân trong xã” là giả định", "5.2", "citizensOfCommune"],
];
test.each(CITIZENS)("%s", (_article, id, assumption) => {
  const result = evaluate(communityInput(XA), XA).indicators.find((i) => i.id === id)!;
  expect(result.basis).toBe("assumption");
  expect(result.assumptions).toContain(assumption);
});

type SheetRow = [article: string, ruleSetId: string, reads: boolean];
const READS: SheetRow[] = [
  ["Điều 6 TT25 cấp xã: tiêu chí 4, 5 read the Cộng đồng sheet", "tt25-2023/xa", true],
  ["Điều 11 TT25 cấp huyện: no chỉ tiêu reads the Cộng đồng sheet", "tt25-2023/huyen", false],
  ["Điều 16 TT25 cấp tỉnh: no chỉ tiêu reads the Cộng đồng sheet", "tt25-2023/tinh", false],
];
test.each(READS)("%s", (_article, id, reads) => {
  expect(readsCommunitySheet(findRuleSet(id)!)).toBe(reads);
});

/** A district (province) workbook: Đơn vị, Tự đánh giá and Đơn vị thành viên — no Cộng đồng, no roster. */
function memberUnitsWorkbook(tier: "huyện" | "tỉnh"): WorkbookData {
  const ruleSet = tier === "huyện" ? HUYEN : TINH;
  const ratings = ruleSet.indicators.filter((i) => i.parts[0]!.measure.kind === "committee").map((i) => [i.id, "Đạt", `MC-${i.id}`]);
  return {
    sheets: [
      {
        name: "Đơn vị",
        rows: [
          ["Thông tin", "Giá trị"],
          ["Tên đơn vị", tier === "huyện" ? "Huyện Thử Nghiệm" : "Tỉnh Thử Nghiệm"],
          ["Loại đơn vị", "Cơ quan hành chính"],
          ["Cấp công nhận", tier],
          ["Năm đánh giá", 2024],
          ["Quy định", "TT25/2023"],
        ],
      },
      { name: "Tự đánh giá", rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng"], ...ratings] },
      { name: "Đơn vị thành viên", rows: [["Tên", "Mức công nhận"], ...Array.from({ length: 10 }, (_, i) => [`Đơn vị ${i}`, "Mức độ 2"])] },
    ],
  };
}

test.each([
  ["Điều 11 TT25: a cấp huyện workbook without a Cộng đồng sheet is evaluated", "huyện", "tt25-2023/huyen"],
  ["Điều 16 TT25: a cấp tỉnh workbook without a Cộng đồng sheet is evaluated", "tỉnh", "tt25-2023/tinh"],
] as const)("%s", (_article, tier, id) => {
  const assessment = assessWorkbook(memberUnitsWorkbook(tier));
  expect(assessment.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(assessment.ruleSet!.id).toBe(id);
  expect(assessment.evaluation!.overall.level).toBe(2);
});

test("Điều 6 khoản 4 TT25: 4.1–4.4 without a value name the Cộng đồng sheet, where the data is", () => {
  const input = communityInput(XA, { pcgdPreschool: null, pcgdPrimary: null, pcgdLowerSecondary: null, literacy: null });
  const evaluation = evaluate(input, XA);
  for (const id of ["4.1", "4.2", "4.3", "4.4"]) {
    const explanation = evaluation.indicators.find((i) => i.id === id)!.explanation;
    expect(explanation).toContain("ở sheet “Cộng đồng”");
    expect(explanation).not.toContain("“Đơn vị”");
  }
});

test("the commune sample still reads its Cộng đồng sheet", () => {
  expect(assessWorkbook(communeSample()).ruleSet!.id).toBe("tt25-2023/xa");
});

test.each([
  ["Điều 11 TT25: the same workbook with Quy định blank is evaluated as “Cộng đồng học tập” cấp huyện", "huyện", "tt25-2023/huyen"],
  ["Điều 16 TT25: the same workbook with Quy định blank is evaluated as “Cộng đồng học tập” cấp tỉnh", "tỉnh", "tt25-2023/tinh"],
] as const)("%s", (_article, tier, id) => {
  const data = memberUnitsWorkbook(tier);
  const unit = data.sheets[0]!;
  const blank: WorkbookData = { sheets: [{ ...unit, rows: unit.rows.filter((r) => r[0] !== "Quy định") }, ...data.sheets.slice(1)] };
  const assessment = assessWorkbook(blank);
  expect(assessment.ruleSet!.id).toBe(id);
  expect(assessment.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(assessment.issues.map((i) => i.code)).not.toContain("communityUnderUnitRules");
  expect(assessment.evaluation!.overall.level).toBe(2);
});
