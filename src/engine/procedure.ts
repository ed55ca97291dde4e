/**
 * The recognition procedure beside the result (TT24 Điều 5/11 khoản 3–4): when the data reach mức độ 2,
 * whether mức độ 1 has been held the months the rule data ask (counted from `Ngày công nhận mức độ 1` to
 * the filing deadline of the evaluated year, assumption upgradeCountedToFiling), and how long a
 * recognition is kept. Every number and article comes from `ruleSet.procedure`.
 */
import type { LevelNo, RuleSet } from "../rules/types";
import { formatDate } from "./format";
import { placeOf, type InputNames, type UnitInfo } from "./input";
import type { DataIssue } from "./issues";
import type { Outcome, ProcedureResult } from "./result";

/** Whole months from one ISO date to another: 15/01/2025 → 15/01/2026 is 12, → 14/01/2026 is 11. */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The procedure facts of an evaluation, and a warning when mức độ 2 cannot yet be asked for. */
export function procedureFor(ruleSet: RuleSet, unit: UnitInfo, overall: Outcome, names: InputNames): { result: ProcedureResult | undefined; issues: DataIssue[] } {
  const procedure = ruleSet.procedure;
  if (!procedure) return { result: undefined, issues: [] };
  const regulation = ruleSet.regulation.name;
  const recognisedOn = unit.level1RecognisedOn ?? null;
  const filing = procedure.filing;
  const filingBy = unit.year === null || !filing ? null : `${unit.year + 1}-${pad(filing.month)}-${pad(filing.day)}`;
  const monthsHeld = recognisedOn !== null && filingBy !== null ? wholeMonths(recognisedOn, filingBy) : null;
  const level1ValidUntil = recognisedOn === null ? null : `${Number(recognisedOn.slice(0, 4)) + procedure.validity.months / 12}-12-31`;
  const top = Math.max(...ruleSet.levels.map((l) => l.level)) as LevelNo;
  const result: ProcedureResult = {
    level1RecognisedOn: recognisedOn,
    level1Decision: unit.level1Decision ?? null,
    level1ValidUntil,
    monthsHeld,
    monthsRequired: procedure.upgrade?.months ?? null,
    filingBy,
    validityMonths: procedure.validity.months,
    validityCite: `${procedure.validity.cite} ${regulation}`,
    upgradeAllowed: null,
    note: null,
  };
  const upgrade = procedure.upgrade;
  if (overall !== top || !upgrade) return { result, issues: [] };

  const cite = `${upgrade.cite} ${regulation}`;
  const levelName = ruleSet.levels.find((l) => l.level === top)!.name;
  const lower = ruleSet.levels.find((l) => l.level < top)!;
  const rule = `chỉ được đề nghị công nhận ${levelName} sau ít nhất ${upgrade.months} tháng kể từ ngày quyết định công nhận ${lower.name} (${cite})`;
  let reason: string | null = null;
  if (recognisedOn === null) reason = `chưa ghi “${names.unitRows.level1RecognisedOn}” ở sheet “${names.sheets.unit}”`;
  else if (monthsHeld !== null && monthsHeld < 0) {
    reason = `ngày công nhận ${formatDate(recognisedOn)} sau hạn nộp hồ sơ ${formatDate(filingBy!)} của năm đánh giá; kiểm tra lại ngày đã ghi`;
  } else if (monthsHeld !== null && monthsHeld < upgrade.months) {
    reason = `từ ngày công nhận ${formatDate(recognisedOn)} đến hạn nộp hồ sơ ${formatDate(filingBy!)} mới được ${monthsHeld} tháng`;
  }
  result.upgradeAllowed = reason === null ? (recognisedOn === null ? null : true) : false;
  if (reason === null) return { result, issues: [] };
  result.note = `Số liệu đạt ${levelName}, nhưng đơn vị ${rule}: ${reason}; nếu chưa đủ điều kiện, đơn vị đề nghị công nhận ${lower.name}.`;
  return {
    result,
    issues: [
      {
        severity: "warning",
        code: recognisedOn === null ? "level1DateMissing" : "level1HeldTooShort",
        ...placeOf(names, "unit.value"),
        row: unit.rows.level1RecognisedOn,
        message: result.note,
        fix:
          recognisedOn === null
            ? `Ghi ngày ký quyết định công nhận ${lower.name} ở dòng “${names.unitRows.level1RecognisedOn}” (và số quyết định ở dòng “${names.unitRows.level1Decision}”) của sheet “${names.sheets.unit}”; nếu đơn vị chưa được công nhận ${lower.name}, đề nghị công nhận ${lower.name}.`
            : `Đề nghị công nhận ${lower.name} năm này, hoặc đề nghị ${levelName} khi đủ ${upgrade.months} tháng.`,
      },
    ],
  };
}
