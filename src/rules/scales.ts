/**
 * Ordinal scales that indicators compare against: danh hiệu thi đua (Luật Thi đua, khen thưởng
 * 06/2022/QH15) and mức chuyển đổi số (QĐ 4725/QĐ-BGDĐT). Each step lists the spellings clerks use;
 * matching folds case, spacing, diacritics' Unicode form (see normalise in src/workbook/text.ts).
 *
 * Giấy khen and Bằng khen are forms of commendation, not titles: they are listed as `notTitles` so that
 * the reader can say so instead of reporting an unknown value.
 */
import type { Basis, ScaleId } from "./types";

export interface ScaleStep {
  /** The canonical name, shown to users. */
  name: string;
  /** Other spellings seen in units' sheets. */
  aliases: string[];
}

export interface Scale {
  id: ScaleId;
  label: string;
  /** Lowest first. */
  steps: ScaleStep[];
  /** Values that are recognised but sit below the scale (count for nothing). */
  notTitles?: ScaleStep[];
  source: string;
  basis: Basis;
}

export const SCALES: Record<ScaleId, Scale> = {
  individualTitle: {
    id: "individualTitle",
    label: "Danh hiệu thi đua cá nhân",
    steps: [
      { name: "Lao động tiên tiến", aliases: ["LĐTT", "Chiến sĩ tiên tiến"] },
      { name: "Chiến sĩ thi đua cơ sở", aliases: ["CSTĐ cơ sở", "CSTĐCS", "Chiến sĩ thi đua cấp cơ sở"] },
      {
        name: "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
        aliases: [
          "Chiến sĩ thi đua cấp tỉnh",
          "Chiến sĩ thi đua cấp bộ",
          "Chiến sĩ thi đua cấp thành phố",
          "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
          "CSTĐ cấp tỉnh",
          "CSTĐ cấp bộ",
        ],
      },
      { name: "Chiến sĩ thi đua toàn quốc", aliases: ["CSTĐ toàn quốc"] },
    ],
    notTitles: [
      { name: "Giấy khen", aliases: [] },
      { name: "Bằng khen", aliases: [] },
    ],
    source: "Luật Thi đua, khen thưởng số 06/2022/QH15 (danh hiệu thi đua đối với cá nhân)",
    basis: "secondary",
  },
  collectiveTitle: {
    id: "collectiveTitle",
    label: "Danh hiệu thi đua tập thể",
    steps: [
      { name: "Tập thể lao động tiên tiến", aliases: ["TTLĐTT", "Tập thể LĐTT", "Đơn vị tiên tiến"] },
      { name: "Tập thể lao động xuất sắc", aliases: ["TTLĐXS", "Tập thể LĐXS", "Đơn vị quyết thắng"] },
      {
        name: "Cờ thi đua",
        aliases: ["Cờ thi đua cấp tỉnh", "Cờ thi đua của Bộ", "Cờ thi đua của bộ, ban, ngành, tỉnh", "Cờ thi đua của Chính phủ"],
      },
    ],
    notTitles: [
      { name: "Giấy khen", aliases: [] },
      { name: "Bằng khen", aliases: [] },
    ],
    source: "Luật Thi đua, khen thưởng số 06/2022/QH15 (danh hiệu thi đua đối với tập thể)",
    basis: "secondary",
  },
  digitalTransformation4725: {
    id: "digitalTransformation4725",
    label: "Mức độ chuyển đổi số theo Quyết định 4725/QĐ-BGDĐT",
    steps: [
      { name: "Mức chưa đáp ứng", aliases: ["Chưa đáp ứng"] },
      { name: "Mức đáp ứng cơ bản", aliases: ["Đáp ứng cơ bản", "Cơ bản"] },
      { name: "Mức đáp ứng tốt", aliases: ["Đáp ứng tốt", "Tốt"] },
    ],
    source: "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022",
    basis: "text",
  },
  digitalTransformation4740: {
    id: "digitalTransformation4740",
    label: "Mức độ chuyển đổi số theo Quyết định 4740/QĐ-BGDĐT",
    steps: [
      { name: "Mức chưa đáp ứng", aliases: ["Chưa đáp ứng"] },
      { name: "Mức đáp ứng cơ bản", aliases: ["Đáp ứng cơ bản", "Cơ bản"] },
      { name: "Mức đáp ứng tốt", aliases: ["Đáp ứng tốt", "Tốt"] },
    ],
    source: "Quyết định số 4740/QĐ-BGDĐT ngày 30/12/2022 (TT24/2023 Điều 12, 13 khoản 3 điểm đ)",
    basis: "text",
  },
  pcgdLevel: {
    id: "pcgdLevel",
    label: "Mức đạt chuẩn phổ cập giáo dục (tiểu học, trung học cơ sở)",
    steps: [
      { name: "Mức độ 1", aliases: ["Đạt chuẩn mức độ 1", "Mức 1", "1"] },
      { name: "Mức độ 2", aliases: ["Đạt chuẩn mức độ 2", "Mức 2", "2"] },
      { name: "Mức độ 3", aliases: ["Đạt chuẩn mức độ 3", "Mức 3", "3"] },
    ],
    source: "Nghị định số 20/2014/NĐ-CP về phổ cập giáo dục, xóa mù chữ",
    basis: "secondary",
  },
  literacyLevel: {
    id: "literacyLevel",
    label: "Mức đạt chuẩn xóa mù chữ",
    steps: [
      { name: "Mức độ 1", aliases: ["Đạt chuẩn mức độ 1", "Mức 1", "1"] },
      { name: "Mức độ 2", aliases: ["Đạt chuẩn mức độ 2", "Mức 2", "2"] },
    ],
    source: "Nghị định số 20/2014/NĐ-CP về phổ cập giáo dục, xóa mù chữ",
    basis: "secondary",
  },
  recognitionLevel: {
    id: "recognitionLevel",
    label: "Mức công nhận “Cộng đồng học tập” của đơn vị thành viên",
    steps: [
      { name: "Mức độ 1", aliases: ["Đạt mức độ 1", "Mức 1", "1"] },
      { name: "Mức độ 2", aliases: ["Đạt mức độ 2", "Mức 2", "2"] },
    ],
    notTitles: [
      { name: "Chưa công nhận", aliases: ["Không đạt", "Chưa đạt", "Không", "Chưa"] },
    ],
    source: "Thông tư 25/2023/TT-BGDĐT Điều 8, Điều 13 (mức độ công nhận)",
    basis: "text",
  },
};
