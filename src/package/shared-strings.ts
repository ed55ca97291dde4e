/**
 * sharedStrings.xml: each <si> is plain text (<t>) or rich text (<r><t>…</t></r>…), read as the runs'
 * text concatenated; phonetic guides (<rPh>, furigana) are not part of the value.
 */
import { PackageLimitError } from "./errors";
import type { PackageLimits } from "./limits";
import { parsePart } from "./xml";
import type { ZipReader } from "./zip";

/** null for an <si> without any <t> (ExcelJS reads nothing there either). */
export type SharedString = string | null;

export function readSharedStrings(zip: ZipReader, part: string | undefined, limits: PackageLimits): SharedString[] {
  if (!part || !zip.has(part)) return [];
  const strings: SharedString[] = [];
  let text: string | null = null;
  let inT = false;
  let phonetic = 0;
  parsePart(zip, part, {
    open(name) {
      if (name === "si") {
        text = null;
        if (strings.length >= limits.sharedStrings) throw new PackageLimitError("sharedStrings", limits.sharedStrings, `phần “${part}”`);
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) {
        inT = true;
        text ??= "";
      }
    },
    text(chunk) {
      if (!inT) return;
      text += chunk;
      if (text!.length > limits.stringLength) {
        throw new PackageLimitError("stringLength", limits.stringLength, `chuỗi dùng chung số ${strings.length + 1}`);
      }
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(text);
    },
  });
  return strings;
}
