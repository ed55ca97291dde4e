/**
 * The workbook's values with its saved “Ghép cột” mapping applied (the task pane's hidden settings
 * sheet), then assessed: the one way every command (evaluate, appendix, report, summary, and summary's
 * worker threads) turns values into an assessment, so each reads a unit's own sheet and column names
 * exactly as the add-in does.
 */
import { assessWorkbook, type Assessment, type AssessOptions } from "./assess";
import { applyMapping, extractMapping } from "./mapping";
import type { WorkbookData } from "./workbook-data";

export function assessWithMapping(data: WorkbookData, options: AssessOptions = {}): Assessment {
  const read = extractMapping(data);
  return assessWorkbook(applyMapping(read.data, read.mapping), options);
}
