/**
 * The workbook a unit with members would keep for a generated case of any members rule set (shapes.ts
 * `memberUnitSpec`: TT24 xã, huyện, tỉnh with Người học, TT22 with points): `Đơn vị` written from the
 * spec's unit, the member sheets of arbitraries.ts `toWorkbook`, and `Tự đánh giá` with `Điểm`.
 * `written(i, sheet, k)` is how member i's name is written on the k-th row of a sheet.
 */
import type { RuleSet } from "../../src/rules/types";
import type { CellValue, WorkbookData } from "../../src/workbook/workbook-data";
import { canonical, PUBLIC_SECTOR, SCHOOL_LEVELS, UNIT_TYPES } from "../../src/workbook/vocabulary";
import { memberName } from "../helpers/workbook-builder";
import { toWorkbook, type UnitSpec } from "./arbitraries";

const TIER_WORD = { xa: "xã", huyen: "huyện", tinh: "tỉnh" } as const;

export function toMemberWorkbook(
  rules: RuleSet,
  spec: UnitSpec,
  written: (i: number, sheet: string, k: number) => string = (i) => memberName(i),
): WorkbookData {
  const u = spec.unit;
  const unitRows: [string, CellValue][] = [
    ["Tên đơn vị", "Đơn vị thử"],
    ["Loại đơn vị", u.type === null ? null : canonical(UNIT_TYPES, u.type)],
    ["Cấp công nhận", u.tier === null ? null : TIER_WORD[u.tier]],
    ["Năm đánh giá", u.year],
    ["Quy định", rules.regulation.short],
    ["Công lập", u.publicSector === null ? null : canonical(PUBLIC_SECTOR, u.publicSector)],
    ["Cấp học cao nhất", u.schoolLevel === null ? null : canonical(SCHOOL_LEVELS, u.schoolLevel)],
    ["Danh hiệu tập thể", u.collectiveTitle],
    ["Mức chuyển đổi số (QĐ 4725)", u.digitalTransformation],
    ["Kiểm định GDNN", u.vetAccredited === null ? null : u.vetAccredited ? "Có" : "Không"],
    ["Số người học", u.learners],
    ["Số người học đạt Công dân học tập", u.learnerCitizens],
  ];
  const members = toWorkbook(spec.members, written).sheets.filter((s) => s.name !== "Đơn vị" && s.name !== "Tự đánh giá");
  return {
    sheets: [
      { name: "Đơn vị", rows: [["Thông tin", "Giá trị"], ...unitRows] },
      ...members,
      {
        name: "Tự đánh giá",
        rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Điểm"], ...spec.committee.map((c) => [c.id, c.claimed, c.evidence, c.points ?? null])],
      },
    ],
  };
}
