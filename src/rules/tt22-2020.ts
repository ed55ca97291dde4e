/**
 * Thông tư 22/2020/TT-BGDĐT — đánh giá, xếp loại “Đơn vị học tập” by points (Điều 5 items and their
 * maximum points, Điều 6 xếp loại). Signed 06/08/2020, effective 21/09/2020, repealed by Thông tư
 * 24/2023/TT-BGDĐT from 26/01/2024. Seed 001 (a primary school, 2023): 30 + 30 + 35 = 95 → Tốt.
 *
 * The committee gives each item its points (column `Điểm` of `Tự đánh giá`); how partial points are given
 * is left to each province (Điều 8 khoản 1 điểm b, `scoring.pointsBy`). The share of members
 * behind 2b–2d and 3a, and the collective title behind 3b, are computed from the roster as evidence.
 */
import { STATE_PROGRAMME_GROUPS } from "./programmes";
import type { Basis, EvidenceMeasure, IndicatorRule, RuleSet } from "./types";

const TEXT: Basis = "text";

function item(id: string, title: string, maxPoints: number, cite: string, text: string, evidence?: EvidenceMeasure): IndicatorRule {
  return {
    id,
    criterion: id.charAt(0),
    title,
    parts: [
      {
        id,
        label: title,
        measure: { kind: "points", maxPoints, describe: "điểm Tổ đánh giá chấm", ...(evidence ? { evidence } : {}) },
        appliesTo: "all",
        levels: {},
        item: { text, cite, basis: TEXT },
      },
    ],
  };
}

export const TT22_2020: RuleSet = {
  id: "tt22-2020",
  title: "Đánh giá, xếp loại “Đơn vị học tập” theo Thông tư 22/2020/TT-BGDĐT (thang 100 điểm)",
  kind: "donViHocTap",
  regulation: {
    name: "Thông tư 22/2020/TT-BGDĐT",
    short: "TT22/2020",
    signed: "2020-08-06",
    effective: "2020-09-21",
    repealed: "2024-01-26",
  },
  authority: {
    text: "Chủ tịch Ủy ban nhân dân cùng cấp quyết định công nhận kết quả đánh giá, xếp loại",
    cite: "Điều 7 khoản 2",
    basis: TEXT,
  },
  tier: "huyen",
  // Điều 7 khoản 2: “Chủ tịch Ủy ban nhân dân cùng cấp” — units of cấp huyện and cấp tỉnh (Điều 1 khoản 2).
  tiers: ["huyen", "tinh"],
  validFrom: "2020-09-21",
  validUntil: "2024-01-25",
  levels: [],
  scoring: {
    maxTotal: 100,
    cite: "Điều 6 khoản 3",
    pointsBy: {
      text: "Ủy ban nhân dân cấp tỉnh hướng dẫn đánh giá, chấm điểm, xếp loại Đơn vị học tập cụ thể, phù hợp với đặc điểm tình hình ở địa phương; dvht lấy điểm Tổ đánh giá ghi ở cột “Điểm” theo hướng dẫn đó, kiểm tra không vượt điểm tối đa và cộng điểm.",
      cite: "Điều 8 khoản 1 điểm b",
      basis: TEXT,
    },
    bands: [
      { grade: "Tốt", min: 85, text: "Loại tốt: Tổng số điểm đạt được từ 85 điểm đến 100 điểm;", cite: "Điều 6 khoản 3 điểm a", basis: TEXT },
      { grade: "Khá", min: 70, text: "Loại khá: Tổng số điểm đạt được từ 70 điểm đến dưới 85 điểm;", cite: "Điều 6 khoản 3 điểm b", basis: TEXT },
      { grade: "Trung bình", min: 50, text: "Loại trung bình: Tổng số điểm đạt được từ 50 điểm đến dưới 70 điểm;", cite: "Điều 6 khoản 3 điểm c", basis: TEXT },
      { grade: "Chưa đạt", min: 0, text: "Loại chưa đạt: Các trường hợp còn lại.", cite: "Điều 6 khoản 3 điểm d", basis: TEXT },
    ],
  },
  criteria: [
    { id: "1", title: "Các tiêu chí về các điều kiện để xây dựng Đơn vị học tập", cite: "Điều 5 khoản 1", maxPoints: 30 },
    { id: "2", title: "Các tiêu chí về kết quả học tập của thành viên", cite: "Điều 5 khoản 2", maxPoints: 30 },
    { id: "3", title: "Các tiêu chí đánh giá hiệu quả, tác động của xây dựng Đơn vị học tập", cite: "Điều 5 khoản 3", maxPoints: 40 },
  ],
  indicators: [
    item("1a", "Kế hoạch cho thành viên học tập thường xuyên", 10, "Điều 5 khoản 1 điểm a", "Đơn vị có chủ trương hoặc kế hoạch cho thành viên học tập thường xuyên (tối đa 10 điểm);"),
    item("1b", "Quy định động viên thành viên học tập", 10, "Điều 5 khoản 1 điểm b", "Đơn vị có các quy định cụ thể nhằm động viên thành viên học tập (tối đa 10 điểm);"),
    item("1c", "Đầu tư nguồn lực cho học tập", 10, "Điều 5 khoản 1 điểm c", "Đơn vị quan tâm đầu tư các nguồn lực, bao gồm tài chính, cơ sở vật chất, trang thiết bị và những điều kiện đảm bảo để đáp ứng nhu cầu học tập của thành viên (tối đa 10 điểm)."),
    item("2a", "Kế hoạch tự học, tự bồi dưỡng được phê duyệt", 10, "Điều 5 khoản 2 điểm a", "100% thành viên trong đơn vị có kế hoạch tự học, tự bồi dưỡng hàng năm được lãnh đạo đơn vị phê duyệt (tối đa 10 điểm);"),
    item("2b", "Tuân thủ kỷ luật lao động, nội quy", 5, "Điều 5 khoản 2 điểm b", "100% thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần hợp tác, đoàn kết và trao đổi (tối đa 05 điểm);", {
      kind: "memberShare",
      predicate: { kind: "noDiscipline" },
      describe: "không bị kỷ luật",
    }),
    item("2c", "Hoàn thành chương trình học tập, bồi dưỡng bắt buộc", 10, "Điều 5 khoản 2 điểm c", "100% thành viên trong đơn vị hoàn thành đầy đủ chương trình học tập, bồi dưỡng bắt buộc theo quy định của nhà nước (tối đa 10 điểm);", {
      kind: "memberShare",
      predicate: { kind: "completedAllOfGroups", groups: STATE_PROGRAMME_GROUPS },
      describe: "hoàn thành đầy đủ các chương trình bồi dưỡng bắt buộc theo quy định của nhà nước trong năm",
    }),
    item("2d", "Danh hiệu “Lao động tiên tiến” trở lên", 5, "Điều 5 khoản 2 điểm d", "100% thành viên trong đơn vị đạt từ danh hiệu “Lao động tiên tiến” trở lên (tối đa 05 điểm).", {
      kind: "memberShare",
      predicate: { kind: "titleAtLeast", scale: "individualTitle", min: "Lao động tiên tiến" },
      describe: "đạt danh hiệu Lao động tiên tiến trở lên",
    }),
    item("3a", "Năng lực, phẩm chất Công dân học tập", 25, "Điều 5 khoản 3 điểm a", "100% thành viên trong đơn vị đáp ứng đầy đủ các năng lực và phẩm chất của Công dân học tập (tối đa 25 điểm)", {
      kind: "memberShare",
      predicate: { kind: "rosterFlag", field: "learningCitizen" },
      describe: "đáp ứng năng lực, phẩm chất Công dân học tập",
    }),
    item("3b", "Danh hiệu “Tập thể lao động tiên tiến” trở lên", 10, "Điều 5 khoản 3 điểm b", "Đơn vị đạt từ danh hiệu “Tập thể lao động tiên tiến” trở lên (tối đa 10 điểm);", {
      kind: "unitOrdinal",
      attribute: "collectiveTitle",
      scale: "collectiveTitle",
      describe: "danh hiệu thi đua tập thể của năm đánh giá",
    }),
    item("3c", "Môi trường chia sẻ tri thức", 5, "Điều 5 khoản 3 điểm c", "Góp phần tạo lập môi trường chia sẻ tri thức với các đơn vị khác (tối đa 05 điểm)."),
  ],
};
