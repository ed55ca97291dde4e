/** `dvht rules [ID]`: the rule sets dvht knows, or one rule set's chỉ tiêu with thresholds and citations. */
import { formatPoints } from "../../engine/format";
import { describeApplicability } from "../../engine/applicability";
import { formatDate } from "../../engine/format";
import { findRuleSet, RULE_SETS } from "../../rules";
import type { IndicatorPart, LevelRequirement, RuleSet } from "../../rules/types";
import { EXIT_OK, UserError, type Output } from "../output";

const BASIS_NOTE = { text: "", secondary: " [văn bản hướng dẫn]", assumption: " [giả định của dvht]" } as const;

function validity(ruleSet: RuleSet): string {
  const until = ruleSet.validUntil ? ` đến ${formatDate(ruleSet.validUntil)}` : "";
  const repealed = ruleSet.regulation.repealed ? `; văn bản hết hiệu lực từ ${formatDate(ruleSet.regulation.repealed)}` : "";
  return `áp dụng từ ${formatDate(ruleSet.validFrom)}${until}${repealed}`;
}

/** What a requirement without a threshold or minimum asks, by how the part is measured. */
function plainRequirement(part: IndicatorPart): string {
  switch (part.measure.kind) {
    case "committee":
      return "Tổ đánh giá đánh giá đạt";
    case "unitFlag":
      return `đơn vị đạt (${part.measure.describe}, ghi Có/Không)`;
    default:
      return part.measure.describe;
  }
}

function requirementText(req: LevelRequirement, part: IndicatorPart): string {
  const what = req.threshold ? `tối thiểu ${req.threshold.replace(".", ",")}` : req.minimum ? `từ “${req.minimum}” trở lên` : plainRequirement(part);
  const also = req.minimum && req.threshold ? ` (đơn vị từ “${req.minimum}”)` : "";
  const variants = (req.variants ?? []).map((v) => `; ${describeApplicability([v.when])}: ${v.threshold ? `tối thiểu ${v.threshold}` : `từ “${v.minimum}”`} (${v.cite})${BASIS_NOTE[v.basis]}`).join("");
  // A level that asks the part of fewer units than the part itself (3.3 mức độ 2: cơ quan, ĐVSN công lập).
  const only = req.appliesTo ? ` (ở mức này chỉ áp dụng cho ${describeApplicability(req.appliesTo)})` : "";
  return `${what}${also}${only} — ${req.cite}${BASIS_NOTE[req.basis]}${variants}`;
}

export function listRuleSets(): string {
  const lines = ["Các bộ tiêu chí dvht hỗ trợ:"];
  for (const r of RULE_SETS) lines.push(`  ${r.id.padEnd(17)} ${r.title} (${validity(r)})`);
  lines.push("", "Xem chi tiết: dvht rules <mã>, ví dụ dvht rules tt25-2023/xa");
  return lines.join("\n");
}

export function describeRuleSet(ruleSet: RuleSet): string {
  const lines = [
    `${ruleSet.title} — mã ${ruleSet.id}`,
    `${ruleSet.regulation.name}, ký ngày ${formatDate(ruleSet.regulation.signed)}, hiệu lực từ ${formatDate(ruleSet.regulation.effective)}; bộ tiêu chí ${validity(ruleSet)}.`,
    `Thẩm quyền: ${ruleSet.authority.text} (${ruleSet.authority.cite}).`,
  ];
  const inherits = (ruleSet as RuleSet & { inherits?: string }).inherits;
  if (inherits) lines.push(`Tiêu chí, chỉ tiêu kế thừa từ bộ ${inherits}.`);
  for (const criterion of ruleSet.criteria) {
    const max = criterion.maxPoints !== undefined ? ` (tối đa ${formatPoints(criterion.maxPoints)} điểm)` : "";
    lines.push("", `Tiêu chí ${criterion.id}: ${criterion.title}${max} — ${criterion.cite}`);
    for (const indicator of ruleSet.indicators.filter((i) => i.criterion === criterion.id)) {
      lines.push(`  ${indicator.id}. ${indicator.title}`);
      for (const part of indicator.parts) {
        const label = indicator.parts.length > 1 ? `    [${part.label}]` : null;
        if (label) lines.push(label);
        if (part.appliesTo !== "all") lines.push(`    Áp dụng cho: ${describeApplicability(part.appliesTo)}`);
        if (part.measure.kind === "points" && part.item) {
          lines.push(`    Tối đa ${formatPoints(part.measure.maxPoints)} điểm — ${part.item.cite}${BASIS_NOTE[part.item.basis]}`);
        }
        for (const level of ruleSet.levels) {
          const req = part.levels[level.level];
          if (req) lines.push(`    ${level.label}: ${requirementText(req, part)}`);
        }
      }
    }
  }
  if (ruleSet.scoring) {
    lines.push("", `Xếp loại (${ruleSet.scoring.cite}):`);
    for (const band of ruleSet.scoring.bands) lines.push(`  ${band.grade}: từ ${formatPoints(band.min)} điểm — ${band.cite}`);
  }
  return lines.join("\n");
}

export async function rulesCommand(id: string | undefined, output: Output): Promise<number> {
  if (!id) {
    output.out(listRuleSets());
    return EXIT_OK;
  }
  const ruleSet = findRuleSet(id);
  if (!ruleSet) throw new UserError(`Không có bộ tiêu chí “${id}”. Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`);
  output.out(describeRuleSet(ruleSet));
  return EXIT_OK;
}
