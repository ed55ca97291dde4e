/**
 * Which cell styles show dates: a cell's `s` indexes cellXfs in styles.xml, whose numFmtId is either one
 * of Excel's built-in formats or a custom <numFmt>. The test is ExcelJS's (so that both readers agree):
 * after dropping [..] sections and "..." literals, the code has one of y m d h s b (or M).
 */
import { parsePart } from "./xml";
import type { ZipReader } from "./zip";

/** Excel's built-in format codes that ExcelJS knows (locale-specific ids 27–36, 50–58 have none there). */
const BUILT_IN_FORMATS: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** For each cellXfs index, whether it formats numbers as dates. */
export function readDateStyles(zip: ZipReader, part: string | undefined): boolean[] {
  if (!part || !zip.has(part)) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parsePart(zip, part, {
    open(name, a) {
      const id = name === "numFmt" ? a.get("numFmtId") : undefined;
      const code = id === undefined ? undefined : a.get("formatCode");
      if (id !== undefined && code !== undefined) {
        // ExcelJS drops the backslash of escaped characters before testing the code.
        custom.set(parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(parseInt(a.get("numFmtId") ?? "0", 10) || 0);
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfFormats.map((id) => {
    if (!id) return false;
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return code !== undefined && isDateFormat(code);
  });
}
