/**
 * The names of the canonical workbook's input sheets, by the engine's sheet ids. The workbook layer owns
 * them: the schema, the reader and the template use them, and the reader hands them to the engine with the
 * input (input-names.ts) so that results and messages point back at the sheets by these names.
 */
import type { SheetId } from "../engine/input";

export const SHEETS = {
  unit: "Đơn vị",
  roster: "Thành viên",
  awards: "Khen thưởng",
  certificates: "Chứng chỉ",
  training: "Bồi dưỡng",
  selfAssessment: "Tự đánh giá",
  community: "Cộng đồng",
  memberUnits: "Đơn vị thành viên",
} as const satisfies Record<SheetId, string>;
