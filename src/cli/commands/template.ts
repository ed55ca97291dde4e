/** `dvht template [-o FILE] [--rule-set ID]`: an empty workbook in the canonical form for a rule set. */
import { findRuleSet, RULE_SETS } from "../../rules";
import { EXIT_OK, UserError, type Output } from "../output";
import { prepareOutput } from "../output-file";

export const DEFAULT_TEMPLATE = "dvht-mau-nhap-lieu.xlsx";

export async function templateCommand(options: { output?: string; ruleSet?: string; force?: boolean }, output: Output): Promise<number> {
  const file = options.output ?? DEFAULT_TEMPLATE;
  const ruleSet = options.ruleSet ? findRuleSet(options.ruleSet) : undefined;
  if (options.ruleSet && !ruleSet) {
    throw new UserError(`Không có bộ tiêu chí “${options.ruleSet}”. Các bộ tiêu chí hiện có: ${RULE_SETS.map((r) => r.id).join(", ")}.`);
  }
  // A template the clerk has filled in is their data: an existing file is replaced only with --ghi-de.
  const target = await prepareOutput({ path: file, kind: "xlsx", inputs: [], force: options.force, neverReplace: true });
  const { buildTemplateWorkbook } = await import("../../xlsx/template");
  const { workbookToBuffer } = await import("../../xlsx/file-io");
  await target.write(await workbookToBuffer(buildTemplateWorkbook({ ruleSet })));
  output.out(`Đã tạo mẫu nhập liệu “${file}”${ruleSet ? ` cho ${ruleSet.title}` : ""}. Điền các sheet rồi chạy: dvht evaluate "${file}"`);
  return EXIT_OK;
}
