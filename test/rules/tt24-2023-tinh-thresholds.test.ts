/**
 * TT24/2023 cấp tỉnh (Điều 12, 13): thresholds restated from the text, at, just below and just above; and
 * who each chỉ tiêu of tiêu chí 3 applies to.
 */
import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";
import { N, shareRows, type Row } from "../helpers/threshold-rows";

const TINH = findRuleSet("tt24-2023/tinh")!;
const MEMBER_SHARES: Row[] = [
  ...shareRows("Điều 12 khoản 2 (Điều 6 khoản 2 điểm a)", "Điều 13 khoản 2 (Điều 7 khoản 2 điểm a)", "2.1", 90, 95),
  ...shareRows("Điều 12 khoản 2 (Điều 6 khoản 2 điểm b)", "Điều 13 khoản 2 (Điều 7 khoản 2 điểm b)", "2.2", 90, 95),
  ...shareRows("Điều 12 khoản 2 (Điều 6 khoản 2 điểm c)", "Điều 13 khoản 2 (Điều 7 khoản 2 điểm c)", "2.3", 90, 95),
  ...shareRows("Điều 12 khoản 2 (Điều 6 khoản 2 điểm d)", "Điều 13 khoản 2 (Điều 7 khoản 2 điểm d)", "2.4", 50, 70),
  ...shareRows("Điều 12 khoản 2 (Điều 6 khoản 2 điểm đ)", "Điều 13 khoản 2 (Điều 7 khoản 2 điểm đ)", "2.5", 90, 95),
  ...shareRows("Điều 12 khoản 3 điểm a", "Điều 13 khoản 3 điểm a", "3.1", 90, 95),
];

test.each(MEMBER_SHARES)("%s", (_article, id, meeting, level) => {
  const input = spoil(compliantInput(N, { tier: "tinh" }), id, N - meeting);
  const result = evaluate(input, TINH).indicators.find((i) => i.id === id)!;
  expect([result.numerator, result.denominator, result.level]).toEqual([meeting, N, level]);
});

test.each(shareRows("Điều 12 khoản 3 điểm a (Người học)", "Điều 13 khoản 3 điểm a (Người học)", "3.1", 95, 97))("%s", (_a, _id, meeting, level) => {
  const input = compliantInput(20, { tier: "tinh", learners: N, learnerCitizens: meeting });
  const result = evaluate(input, TINH).indicators.find((i) => i.id === "3.1")!;
  expect(result.parts.map((p) => p.id)).toEqual(["3.1", "3.1b"]);
  expect(result.level).toBe(level);
});

type AttributeRow = [article: string, indicator: string, unit: Parameters<typeof compliantInput>[1], level: 0 | 1 | 2 | null];
const UNIVERSITY = { type: "coSoGiaoDucDaiHoc" as const, schoolLevel: null };
const ATTRIBUTE_ROWS: AttributeRow[] = [
  ["Điều 12 khoản 3 điểm c: 3.3 no collective title", "3.3", { collectiveTitle: null }, 0],
  ["Điều 13 khoản 3 điểm c: 3.3 required at mức độ 2 outside the public sector too", "3.3", { publicSector: false, collectiveTitle: null }, 0],
  ["Điều 13 khoản 3 điểm c: 3.3 Tập thể lao động tiên tiến for a non-public unit", "3.3", { publicSector: false, collectiveTitle: "Tập thể lao động tiên tiến" }, 2],
  ["Điều 12 khoản 3 điểm d: 3.4 THPT at Mức đáp ứng cơ bản", "3.4", { digitalTransformation: "Mức đáp ứng cơ bản" }, 1],
  ["Điều 13 khoản 3 điểm d: 3.4 THPT at Mức đáp ứng tốt", "3.4", { digitalTransformation: "Mức đáp ứng tốt" }, 2],
  ["Điều 12 khoản 3 điểm d: 3.4 THPT at Mức chưa đáp ứng", "3.4", { digitalTransformation: "Mức chưa đáp ứng" }, 0],
  ["Điều 12 khoản 3 điểm d: 3.4 applies to a GDTX centre", "3.4", { type: "giaoDucThuongXuyen", schoolLevel: null, digitalTransformation: "Mức đáp ứng cơ bản" }, 1],
  ["Điều 12 khoản 3 điểm d: 3.4 not for a THCS", "3.4", { schoolLevel: "thcs" }, null],
  ["Điều 12 khoản 3 điểm d: 3.4 not for a university", "3.4", UNIVERSITY, null],
  ["QĐ 4725 scores: both above 75 → tốt", "3.4", { digitalTransformation: null, digitalTeachingScore: 76, digitalManagementScore: 90 }, 2],
  ["QĐ 4725 scores: 75 is not above 75 → cơ bản", "3.4", { digitalTransformation: null, digitalTeachingScore: 75, digitalManagementScore: 90 }, 1],
  ["QĐ 4725 scores: 50 and 80 → cơ bản", "3.4", { digitalTransformation: null, digitalTeachingScore: 80, digitalManagementScore: 50 }, 1],
  ["QĐ 4725 scores: 49 → chưa đáp ứng", "3.4", { digitalTransformation: null, digitalTeachingScore: 49, digitalManagementScore: 90 }, 0],
  ["Điều 12 khoản 3 điểm đ: 3.5 university at Mức đáp ứng cơ bản (QĐ 4740)", "3.5", { ...UNIVERSITY, digitalTransformation4740: "Mức đáp ứng cơ bản" }, 1],
  ["Điều 13 khoản 3 điểm đ: 3.5 university at Mức đáp ứng tốt (QĐ 4740)", "3.5", { ...UNIVERSITY, digitalTransformation4740: "Mức đáp ứng tốt" }, 2],
  ["Điều 12 khoản 3 điểm đ: 3.5 university without a level", "3.5", UNIVERSITY, 0],
  ["Điều 12 khoản 3 điểm đ: 3.5 not for a THPT", "3.5", {}, null],
  ["Điều 12 khoản 3 điểm e: 3.6 GDNN accredited", "3.6", { type: "giaoDucNgheNghiep", schoolLevel: null, vetAccredited: true }, 2],
  ["Điều 12 khoản 3 điểm e: 3.6 GDNN not accredited", "3.6", { type: "giaoDucNgheNghiep", schoolLevel: null, vetAccredited: false }, 0],
  ["Điều 12 khoản 3 điểm e: 3.6 not for a THPT", "3.6", {}, null],
  ["Điều 2 khoản 8: a university's learners count in 3.1", "3.1", { ...UNIVERSITY, learners: 1000, learnerCitizens: 949 }, 0],
];

test.each(ATTRIBUTE_ROWS)("%s", (_article, id, unit, level) => {
  const result = evaluate(compliantInput(20, { tier: "tinh", ...unit }), TINH).indicators.find((i) => i.id === id)!;
  expect(result.level).toBe(level);
  if (level === null) expect(result.explanation).toMatch(/^Không áp dụng: chỉ tiêu chỉ áp dụng cho /);
});

test("tiêu chí 1 and 2 are cấp huyện's, cited through Điều 12 and 13", () => {
  const result = evaluate(spoil(compliantInput(20, { tier: "tinh" }), "2.5", 1), TINH).indicators.find((i) => i.id === "2.5")!;
  expect(result.citation).toBe("Điều 7 khoản 2 điểm đ (theo Điều 13 khoản 2) Thông tư 24/2023/TT-BGDĐT");
  expect(TINH.indicators.filter((i) => i.criterion === "3").map((i) => i.id)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
});
