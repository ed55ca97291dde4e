/** `dvht template [-o FILE] [--rule-set ID]`: an empty workbook in the canonical form for a rule set. */
import { findRuleSet, RULE_SETS } from "../../rules";
import { writeTemplate } from "../../xlsx/template";
import { EXIT_OK, UserError, type Output } from "../output";

export const DEFAULT_TEMPLATE = "dvht-mau-nhap-lieu.xlsx";

export async function templateCommand(options: { output?: string; ruleSet?: string }, output: Output): Promise<number> {
  const file = options.output ?? DEFAULT_TEMPLATE;
  const ruleSet = options.ruleSet ? findRuleSet(options.ruleSet) : undefined;
  if (options.ruleSet && !ruleSet) {
    throw new UserError(`Không có bộ tiêu chí “${options.ruleSet}”. Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`);
  }
  await writeTemplate(file, { ruleSet });
  output.out(`Đã tạo mẫu nhập liệu “${file}”${ruleSet ? ` cho ${ruleSet.title}` : ""}. Điền các sheet rồi chạy: dvht evaluate "${file}"`);
  return EXIT_OK;
}
