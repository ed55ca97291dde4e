/**
 * The input template as SheetModels (sheet names, headers, widths, the Đơn vị labels), for writers without
 * ExcelJS's template builder (the Office.js adapter, the browser). Drop-down lists are the CLI template's.
 * Also which `Đơn vị` rows a rule set's template shows: rows only some rule sets read are kept to those
 * whose rule data read them.
 */
import type { UnitField } from "../engine/input";
import type { Applicability, RuleSet, UnitCondition } from "../rules/types";
import type { SheetModel } from "./sheet-model";
import { TABLE_SHEETS, UNIT_SHEET, type UnitRowSpec } from "./schema";

const HEADER = { bold: true, border: true, align: "center", verticalAlign: "middle", wrap: true, fill: "DDEBF7" } as const;

/** Every condition on the unit in the rule data: parts' and levels' applicability, and level variants. */
function unitConditions(ruleSet: RuleSet): UnitCondition[] {
  const of = (a: Applicability | undefined): UnitCondition[] => (a === undefined || a === "all" ? [] : a);
  return ruleSet.indicators.flatMap((indicator) =>
    indicator.parts.flatMap((part) => [
      ...of(part.appliesTo),
      ...Object.values(part.levels).flatMap((r) => [...of(r?.appliesTo), ...(r?.variants ?? []).map((v) => v.when)]),
    ]),
  );
}

const conditionRead = (key: keyof UnitCondition) => (ruleSet: RuleSet) => unitConditions(ruleSet).some((c) => c[key] !== undefined);
/** The mức độ 1 recognition is read only to check the wait before mức độ 2 (TT24 Điều 5/11 khoản 3). */
const upgradeRead = (ruleSet: RuleSet) => ruleSet.procedure?.upgrade !== undefined;

/** `Đơn vị` rows that only some rule sets read, with the rule data that says whether one does. */
const RULE_SET_ROWS: Partial<Record<UnitField, (ruleSet: RuleSet) => boolean>> = {
  level1RecognisedOn: upgradeRead,
  level1Decision: upgradeRead,
  provincialUniversity: conditionRead("provincialUniversity"),
};

/** The `Đơn vị` rows of a template: all of them without a rule set, else those the rule set may read. */
export function unitRowsFor(ruleSet?: RuleSet): UnitRowSpec[] {
  if (!ruleSet) return UNIT_SHEET.rows;
  return UNIT_SHEET.rows.filter((row) => RULE_SET_ROWS[row.field]?.(ruleSet) ?? true);
}

export function templateModels(ruleSet?: RuleSet): SheetModel[] {
  const unit: SheetModel = {
    name: UNIT_SHEET.name,
    rows: [
      [{ value: UNIT_SHEET.keyHeader, style: HEADER }, { value: UNIT_SHEET.valueHeader, style: HEADER }],
      ...unitRowsFor(ruleSet).map((r) => [{ value: r.label, style: { border: true } }, { value: null, style: { border: true } }]),
    ],
    merges: [],
    columnWidths: [34, 40],
    frozenRows: 1,
  };
  const tables = TABLE_SHEETS.map<SheetModel>((t) => ({
    name: t.name,
    rows: [t.columns.map((c) => ({ value: c.header, style: HEADER }))],
    merges: [],
    columnWidths: t.columns.map((c) => c.width),
    frozenRows: 1,
  }));
  return [unit, ...tables];
}
