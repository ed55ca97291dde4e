/** Whether a rule applies to a unit, and how to say to whom it applies. */
import type { Applicability, UnitCondition } from "../rules/types";
import { PUBLIC_SECTOR_LABEL, SCHOOL_LEVEL_LABELS, UNIT_TYPE_LABELS } from "../rules/labels";
import type { UnitInfo } from "./input";

function matches(condition: UnitCondition, unit: UnitInfo): boolean {
  if (condition.unitTypes && (unit.type === null || !condition.unitTypes.includes(unit.type))) return false;
  if (condition.schoolLevels && (unit.schoolLevel === null || !condition.schoolLevels.includes(unit.schoolLevel))) {
    return false;
  }
  if (condition.publicSector !== undefined && unit.publicSector !== condition.publicSector) return false;
  return true;
}

export function applies(applicability: Applicability, unit: UnitInfo): boolean {
  return applicability === "all" || applicability.some((c) => matches(c, unit));
}

function describeCondition(condition: UnitCondition): string {
  const words: string[] = [];
  if (condition.unitTypes) words.push(condition.unitTypes.map((t) => UNIT_TYPE_LABELS[t]).join(", "));
  if (condition.publicSector === true) words.push(words.length ? "công lập" : PUBLIC_SECTOR_LABEL);
  if (condition.publicSector === false) words.push("ngoài công lập");
  if (condition.schoolLevels) {
    words.push("có cấp học cao nhất là " + condition.schoolLevels.map((l) => SCHOOL_LEVEL_LABELS[l]).join(" hoặc "));
  }
  return words.join(" ");
}

/** "cơ sở giáo dục phổ thông có cấp học cao nhất là trung học phổ thông; cơ sở giáo dục nghề nghiệp". */
export function describeApplicability(applicability: Applicability): string {
  return applicability === "all" ? "mọi đơn vị" : applicability.map(describeCondition).join("; ");
}
