/**
 * TT24/2023 cấp huyện (and cấp xã, which inherits it): every threshold of tiêu chí 2 and 3 at, just
 * below and just above its value. The thresholds are restated here from the regulation's text, not read
 * from the rule data, so a wrong number in the data fails these rows.
 */
import { evaluate } from "../../src/engine/evaluate";
import { findRuleSet } from "../../src/rules";
import { compliantInput, spoil } from "../helpers/input-builder";
import { N, shareRows, type Row } from "../helpers/threshold-rows";


const MEMBER_SHARES: Row[] = [
  ...shareRows("Điều 6 khoản 2 điểm a", "Điều 7 khoản 2 điểm a", "2.1", 90, 95),
  ...shareRows("Điều 6 khoản 2 điểm b", "Điều 7 khoản 2 điểm b", "2.2", 90, 95),
  ...shareRows("Điều 6 khoản 2 điểm c", "Điều 7 khoản 2 điểm c", "2.3", 90, 95),
  ...shareRows("Điều 6 khoản 2 điểm d", "Điều 7 khoản 2 điểm d", "2.4", 50, 70),
  ...shareRows("Điều 6 khoản 2 điểm đ", "Điều 7 khoản 2 điểm đ", "2.5", 90, 95),
  ...shareRows("Điều 6 khoản 3 điểm a", "Điều 7 khoản 3 điểm a", "3.1", 90, 95),
];

describe.each(["tt24-2023/huyen", "tt24-2023/xa"])("%s member shares", (ruleSetId) => {
  const ruleSet = findRuleSet(ruleSetId)!;
  test.each(MEMBER_SHARES)("%s", (_article, id, meeting, level) => {
    const input = spoil(compliantInput(N), id, N - meeting);
    const result = evaluate(input, ruleSet).indicators.find((i) => i.id === id)!;
    expect(result.numerator).toBe(meeting);
    expect(result.denominator).toBe(N);
    expect(result.level).toBe(level);
  });
});

// 3.1, Người học part, for a THPT: 95% (mức độ 1) and 97% (mức độ 2), with every member meeting.
const LEARNER_ROWS: Row[] = shareRows("Điều 6 khoản 3 điểm a (Người học)", "Điều 7 khoản 3 điểm a (Người học)", "3.1", 95, 97);

test.each(LEARNER_ROWS)("%s", (_article, _id, meeting, level) => {
  const input = compliantInput(20, { type: "phoThong", schoolLevel: "thpt", learners: N, learnerCitizens: meeting });
  const result = evaluate(input, findRuleSet("tt24-2023/huyen")!).indicators.find((i) => i.id === "3.1")!;
  expect(result.level).toBe(level);
  expect(result.parts.map((p) => p.id)).toEqual(["3.1", "3.1b"]);
  expect(result.parts[1]!.numerator).toBe(meeting);
});

type AttributeRow = [article: string, indicator: string, unit: Parameters<typeof compliantInput>[1], level: 0 | 1 | 2 | null];

const ATTRIBUTE_ROWS: AttributeRow[] = [
  ["Điều 6 khoản 3 điểm c: 3.3 no collective title", "3.3", { collectiveTitle: null }, 0],
  ["Điều 6 khoản 3 điểm c: 3.3 Tập thể lao động tiên tiến", "3.3", { collectiveTitle: "Tập thể lao động tiên tiến" }, 2],
  ["Điều 6 khoản 3 điểm c: 3.3 Tập thể lao động xuất sắc is higher", "3.3", { collectiveTitle: "Tập thể lao động xuất sắc" }, 2],
  ["Điều 7 khoản 3 điểm c: 3.3 at mức độ 2 only for the public sector", "3.3", { publicSector: false, collectiveTitle: "Tập thể lao động tiên tiến" }, 2],
  ["Điều 6 khoản 3 điểm c: 3.3 still required at mức độ 1 outside the public sector", "3.3", { publicSector: false, collectiveTitle: null }, 0],
  ["Điều 6 khoản 3 điểm d: 3.4 Mức chưa đáp ứng", "3.4", { digitalTransformation: "Mức chưa đáp ứng" }, 0],
  ["Điều 6 khoản 3 điểm d: 3.4 Mức đáp ứng cơ bản", "3.4", { digitalTransformation: "Mức đáp ứng cơ bản" }, 1],
  ["Điều 7 khoản 3 điểm d: 3.4 Mức đáp ứng tốt", "3.4", { digitalTransformation: "Mức đáp ứng tốt" }, 2],
  ["Điều 6 khoản 3 điểm d: 3.4 not for a cơ quan hành chính", "3.4", { type: "coQuanHanhChinh", schoolLevel: null }, null],
  ["Điều 6 khoản 3 điểm đ: 3.5 GDNN accredited", "3.5", { type: "giaoDucNgheNghiep", schoolLevel: null, vetAccredited: true }, 2],
  ["Điều 6 khoản 3 điểm đ: 3.5 GDNN not accredited", "3.5", { type: "giaoDucNgheNghiep", schoolLevel: null, vetAccredited: false }, 0],
  ["Điều 6 khoản 3 điểm đ: 3.5 not for a school", "3.5", { type: "phoThong" }, null],
  ["Điều 6 khoản 2 điểm d: 2.4 not for a tổ chức kinh tế", "2.4", { type: "toChucKinhTe", publicSector: false, schoolLevel: null }, null],
  ["Điều 6 khoản 1 điểm c: 1.3 only for cơ quan, đơn vị sự nghiệp công lập", "1.3", { type: "toChucKinhTe", publicSector: false, schoolLevel: null }, null],
  ["Điều 2 khoản 8: no Người học part for a primary school", "3.1", { schoolLevel: "tieuHoc", learners: 855, learnerCitizens: 0 }, 2],
];

test.each(ATTRIBUTE_ROWS)("%s", (_article, id, unit, level) => {
  const result = evaluate(compliantInput(20, unit), findRuleSet("tt24-2023/huyen")!).indicators.find((i) => i.id === id)!;
  expect(result.level).toBe(level);
  if (level === null) expect(result.explanation).toMatch(/^Không áp dụng: chỉ tiêu chỉ áp dụng cho /);
});
