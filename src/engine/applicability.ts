/** Whether a rule applies to a unit, and how to say to whom it applies. */
import { periodEnd } from "../rules";
import type { Applicability, LevelRequirement, UnitCondition } from "../rules/types";
import { PUBLIC_SECTOR_LABEL, SCHOOL_LEVEL_LABELS, UNIT_TYPE_LABELS } from "../rules/labels";
import type { UnitInfo } from "./input";

function matches(condition: UnitCondition, unit: UnitInfo): boolean {
  if (condition.unitTypes && (unit.type === null || !condition.unitTypes.includes(unit.type))) return false;
  if (condition.schoolLevels && (unit.schoolLevel === null || !condition.schoolLevels.includes(unit.schoolLevel))) {
    return false;
  }
  if (condition.publicSector !== undefined && unit.publicSector !== condition.publicSector) return false;
  if (condition.disadvantagedArea !== undefined && (unit.disadvantagedArea ?? null) !== condition.disadvantagedArea) return false;
  // Blank counts as Có: only a written “Không” lifts the chỉ tiêu (assumption provincialUniversityAsInput).
  if (condition.provincialUniversity !== undefined && (unit.provincialUniversity ?? true) !== condition.provincialUniversity) return false;
  // The evaluated year's data end on 31/12 (TT24 Điều 10 khoản 1 điểm b): on or after the date when that day is.
  if (condition.evaluatedOnOrAfter !== undefined && (unit.year === null || periodEnd(unit.year) < condition.evaluatedOnOrAfter)) return false;
  return true;
}

/** A level's requirement as it applies to this unit: the first matching variant replaces the base. */
export function resolveRequirement(requirement: LevelRequirement, unit: UnitInfo): LevelRequirement {
  const variant = requirement.variants?.find((v) => matches(v.when, unit));
  if (!variant) return requirement;
  const { when: _when, ...rest } = variant;
  const resolved: LevelRequirement = { ...requirement, ...rest };
  delete resolved.variants;
  return resolved;
}

export function applies(applicability: Applicability, unit: UnitInfo): boolean {
  return applicability === "all" || applicability.some((c) => matches(c, unit));
}

function describeCondition(condition: UnitCondition): string {
  const words: string[] = [];
  if (condition.unitTypes) words.push(condition.unitTypes.map((t) => UNIT_TYPE_LABELS[t]).join(", "));
  if (condition.publicSector === true) words.push(words.length ? "công lập" : PUBLIC_SECTOR_LABEL);
  if (condition.publicSector === false) words.push("ngoài công lập");
  if (condition.disadvantagedArea === true) words.push("xã thuộc vùng khó khăn");
  if (condition.disadvantagedArea === false) words.push("xã không thuộc vùng khó khăn");
  if (condition.provincialUniversity === true) words.push("tỉnh có trường đại học trực thuộc tỉnh");
  if (condition.provincialUniversity === false) words.push("tỉnh không có trường đại học trực thuộc tỉnh");
  if (condition.evaluatedOnOrAfter !== undefined) {
    const [y, m, d] = condition.evaluatedOnOrAfter.split("-");
    words.push(`năm đánh giá từ ${y} (quy định thay đổi từ ngày ${d}/${m}/${y})`);
  }
  if (condition.schoolLevels) {
    words.push("có cấp học cao nhất là " + condition.schoolLevels.map((l) => SCHOOL_LEVEL_LABELS[l]).join(" hoặc "));
  }
  return words.join(" ");
}

/** "cơ sở giáo dục phổ thông có cấp học cao nhất là trung học phổ thông; cơ sở giáo dục nghề nghiệp". */
export function describeApplicability(applicability: Applicability): string {
  return applicability === "all" ? "mọi đơn vị" : applicability.map(describeCondition).join("; ");
}
