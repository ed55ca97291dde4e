/**
 * Where a table's data ends. Below the last member, units' sheets carry rows that are not data: a
 * totals row (“Tổng cộng: 46”, “Cộng”, or the lone count an Excel table's totals row shows under Họ và
 * tên), a signature block (“Người lập biểu”, “Thủ trưởng đơn vị”, “Hiệu trưởng”, “(Ký, ghi rõ họ tên)”,
 * “…, ngày … tháng … năm …”, then the signer's name) and notes (“Ghi chú: …”). A totals row is skipped
 * where it stands; a signature block or a note ends the table, and every row after it is skipped too.
 * Blank rows never end a table.
 */
import { fold } from "../../engine/text";
import { isCellError, type CellValue } from "../workbook-data";
import { looseOfChar, looseWords } from "../../rules/vocabulary/normalise";
import { cellText } from "./cells";

export type TrailerKind = "totals" | "signature" | "notes";

/** Whole-cell signature words (loose), and prefixes that begin a signature line. */
const SIGNATURE_CELLS = [
  "người lập biểu", "người lập", "người lập bảng", "người ghi", "người tổng hợp", "thủ trưởng đơn vị", "thủ trưởng", "hiệu trưởng",
  "phó hiệu trưởng", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "kế toán", "kế toán trưởng", "xác nhận của thủ trưởng đơn vị",
  "xác nhận của đơn vị", "xác nhận", "thư ký", "trưởng phòng", "tổ trưởng", "văn thư", "duyệt",
].map(looseWords);
/** Words a signature line begins with (“TM. UBND”, “KT. HIỆU TRƯỞNG”, “(Ký, ghi rõ họ tên)”), whole words. */
const SIGNATURE_PREFIXES = ["tm", "t m", "kt", "tl", "ky ten", "ky ghi ro", "ky va ghi ro", "ky dong dau", "ky ho ten", "da ky"];
/** “Kim Đồng, ngày 15 tháng 5 năm 2025”, “…, ngày … tháng … năm …”. */
const DATE_LINE = /(^|\s)ngay(\s.*)?\sthang(\s.*)?\snam(\s|$)/;

/** Words a note begins with: “Ghi chú …”, “Chú thích …”, and “Lưu ý:” (“Lưu” is also a surname: “Lưu Ý Nhi” is a person, so a colon is required). */
const NOTE_WORDS = ["ghi chú", "chú thích"];
const NOTE_WORDS_WITH_COLON = ["lưu ý"];
/** Words a totals row begins with; the first ones also without diacritics (“tong cong 46”). */
const TOTALS_WORDS = ["tổng cộng", "tổng số", "tổng", "cộng"];
const TOTALS_WORDS_LOOSE = ["tổng cộng", "tổng số"];

/** The words as written and without diacritics, as regexp alternatives. */
function spellings(words: string[]): string {
  return words.flatMap((w) => [w, looseWords(w)]).join("|");
}

/** “Ghi chú: …”, “Chú thích”, “Lưu ý:”. */
const NOTES = new RegExp(`^(${spellings(NOTE_WORDS)})(?!\\p{L})|^(${spellings(NOTE_WORDS_WITH_COLON)})\\s*:`, "u");

/** “Tổng cộng: 46”, “Tổng số 46 người”, “Cộng”, “Tổng”: with diacritics (so “Tống Văn An” is a name). */
const TOTALS = new RegExp(`^(${TOTALS_WORDS.join("|")})(\\s*[:.]?\\s*[\\d.,]*\\s*(người|thành viên|tv|đ\\/c|đồng chí|lượt|dòng)?)?\\s*[:.]?$`, "u");
const TOTALS_LOOSE = new RegExp(`^(${TOTALS_WORDS_LOOSE.map(looseWords).join("|")})( \\d+.*)?$`);

/**
 * What the loose words of every trailer label begin with, or “ tháng” they contain (a date line), built
 * from the lists above: a cheap first test that turns away ordinary names (“Nguyễn Văn An”) before any
 * of the full tests. Only a test: “Tống Văn An” passes it and is then found to be a name.
 */
const LABEL_START_WORDS = [...NOTE_WORDS, ...NOTE_WORDS_WITH_COLON, ...TOTALS_WORDS].map(looseWords).concat(SIGNATURE_CELLS, SIGNATURE_PREFIXES, ["ky"]);
const DATE_WORD = " thang";
/** The first test as a regexp over the loose words: its definition (startsLikeLabel scans without building them). */
export const LABEL_STARTS = new RegExp(`^(${LABEL_START_WORDS.join("|")})|${DATE_WORD}`);

/**
 * The label starts as a tree of character codes: a node per prefix, `end` where a start is complete,
 * children indexed by code (the starts are ASCII: a loose letter beyond it has no child).
 */
interface StartNode {
  end: boolean;
  next: (StartNode | undefined)[];
}
const START_TREE: StartNode = { end: false, next: [] };
for (const word of LABEL_START_WORDS) {
  let node = START_TREE;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x7f) throw new Error(`Trailer start “${word}” is not ASCII loose words`);
    node = node.next[code] ??= { end: false, next: [] };
  }
  node.end = true;
}

/**
 * LABEL_STARTS.test(looseWords(text)), scanning the text's loose words one character at a time without
 * building them (a name under Họ và tên is turned away after its first letters). Text with a character
 * outside looseWords' table takes the regexp.
 */
export function startsLikeLabel(text: string): boolean {
  let node: StartNode | null = START_TREE;
  let dateMatched = 0;
  let started = false;
  let wordBreak = false;
  for (let i = 0; i < text.length; i++) {
    const piece = looseOfChar(text.charCodeAt(i));
    if (piece === null) return LABEL_STARTS.test(looseWords(text));
    if (piece === "") continue;
    if (piece === " ") {
      wordBreak = started;
      continue;
    }
    for (let j = wordBreak ? -1 : 0; j < piece.length; j++) {
      const code = j < 0 ? 0x20 : piece.charCodeAt(j);
      if (node !== null) {
        node = code < 0x80 ? (node.next[code] ?? null) : null;
        if (node !== null && node.end) return true;
      }
      // “ thang”: only its first character is a space, so a mismatch restarts at 0 (or 1 on a space).
      dateMatched = code === DATE_WORD.charCodeAt(dateMatched) ? dateMatched + 1 : code === 0x20 ? 1 : 0;
      if (dateMatched === DATE_WORD.length) return true;
    }
    wordBreak = false;
    started = true;
  }
  return false;
}

function isNumberCell(v: CellValue): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && /^\s*[\d.,]+\s*$/.test(v);
}

function isSignatureText(text: string): boolean {
  const loose = looseWords(text);
  if (loose === "") return false;
  const stripped = looseWords(text.replace(/^[(\[]|[)\]]$/g, ""));
  if (SIGNATURE_CELLS.includes(loose) || SIGNATURE_CELLS.includes(stripped)) return true;
  if (stripped === "ky") return true;
  if (SIGNATURE_PREFIXES.some((p) => [stripped, loose].some((w) => w === p || w.startsWith(p + " ")))) return true;
  return DATE_LINE.test(loose);
}

/** The kind of a trailer label written alone in a cell (the key column's), or null. */
function labelKind(text: string): TrailerKind | null {
  return startsLikeLabel(text) ? labelKindInFull(text) : null;
}

/** labelKind without the first test: exported so that a test can show the first test turns no label away. */
export function labelKindInFull(text: string): TrailerKind | null {
  if (NOTES.test(fold(text))) return "notes";
  if (TOTALS.test(fold(text)) || TOTALS_LOOSE.test(looseWords(text))) return "totals";
  if (isSignatureText(text)) return "signature";
  return null;
}

/** labelKind, for the test beside labelKindInFull. */
export { labelKind };

/**
 * What kind of non-data row this is, or null for a data row. `keyIndex` is the table's key column (Họ và
 * tên, Chỉ tiêu, Thông tin): a row whose key cell holds data is data, whatever its other cells say (a
 * “Lưu ý: …” in Kế hoạch cải tiến does not end Tự đánh giá); a number alone under it is a count (an Excel
 * table's totals row), not a person.
 */
export function trailerKind(cells: CellValue[], keyIndex: number | undefined): TrailerKind | null {
  const key = keyIndex === undefined ? undefined : cells[keyIndex];
  const keyText = key === undefined || key === null || isCellError(key) || isNumberCell(key) ? null : cellText(key);
  // Most rows: a name under Họ và tên. Decided without reading the other cells.
  const keyKind = keyText === null ? null : labelKind(keyText);
  if (keyText !== null && keyKind === null) return null;

  const texts: string[] = [];
  let numbers = 0;
  for (const v of cells) {
    if (v === null || v === undefined || isCellError(v)) continue;
    if (isNumberCell(v)) {
      numbers++;
      continue;
    }
    const t = cellText(v);
    if (t !== null) texts.push(t);
  }
  if (keyKind !== null) return keyKind === "signature" && !texts.every(isSignatureText) ? null : keyKind;
  // A count under the key: the totals row of an Excel table (“Tổng” | 46 | …), unless real text sits beside it.
  if (key !== undefined && key !== null && isNumberCell(key)) return texts.every((t) => labelKind(t) === "totals") ? "totals" : null;
  if (texts.length === 0) return null;
  if (texts.some((t) => NOTES.test(fold(t)))) return "notes";
  if (texts.some((t) => TOTALS.test(fold(t)) || TOTALS_LOOSE.test(looseWords(t)))) return "totals";
  if (texts.every(isSignatureText)) return "signature";
  return null;
}
