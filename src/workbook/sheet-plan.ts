/**
 * Where each generated sheet goes, decided without any adapter: dvht replaces only sheets it created
 * (listed in its marker sheet); a user's sheet holding the wanted name is left alone and the model goes to
 * "<name> (dvht)", "<name> (dvht 2)", … The ExcelJS and Office.js writers follow the same rule.
 */
import { alternativeSheetName, isReservedSheetName, sanitizeSheetName, sheetNameKey } from "./sheet-names";

export const MARKER_SHEET_NAME = "dvht";
export const MARKER_HEADER = "Trang do dvht tạo (dvht tự cập nhật trang ẩn này, xin đừng sửa)";

export interface PlannedSheet {
  /** The model's wanted name. */
  model: string;
  /** The name it is written under. */
  name: string;
  /** true: an existing sheet of dvht's is replaced; false: a new sheet is added. */
  replace: boolean;
}

/**
 * `existing`: every sheet name in the workbook; `owned`: the names the marker lists (stale ones ignored);
 * `reserved`: names never to use (the marker sheet itself). Returns one plan per model and the new marker list.
 */
export function planSheets(existing: string[], owned: string[], models: string[], reserved: string[] = []): { sheets: PlannedSheet[]; marker: string[] } {
  const existingKeys = new Map(existing.map((n) => [sheetNameKey(n), n]));
  const reservedKeys = new Set(reserved.map(sheetNameKey));
  const ownedKeys = new Map<string, string>();
  for (const n of owned) {
    const key = sheetNameKey(n);
    if (existingKeys.has(key) && !reservedKeys.has(key)) ownedKeys.set(key, existingKeys.get(key)!);
  }
  const taken = new Set<string>();
  const sheets: PlannedSheet[] = [];
  for (const model of models) {
    const base = sanitizeSheetName(model);
    for (let n = 0; ; n++) {
      const name = n === 0 ? base : alternativeSheetName(base, n);
      const key = sheetNameKey(name);
      if (taken.has(key) || isReservedSheetName(name) || reservedKeys.has(key)) continue;
      if (existingKeys.has(key) && !ownedKeys.has(key)) continue; // the user's sheet: keep it
      const replace = existingKeys.has(key);
      sheets.push({ model, name: replace ? existingKeys.get(key)! : name, replace });
      ownedKeys.set(key, replace ? existingKeys.get(key)! : name);
      taken.add(key);
      break;
    }
  }
  return { sheets, marker: [...ownedKeys.values()] };
}
