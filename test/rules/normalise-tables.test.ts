/**
 * nameKey, looseWords and foldLoose fold text of the NFC-stable blocks (U+0000–U+02FF, U+1E00–U+1EFF) one
 * character at a time, without a cache: on every single character of those blocks and on any text made
 * of them (and of characters outside them), they must give exactly what their full definitions give.
 * isTidyAndClean must accept only text that cleanText and tidy leave unchanged, and nearly every name.
 */
import fc from "fast-check";
import { foldLoose, tidy } from "../../src/engine/text";
import { isBlank } from "../../src/workbook/read/cells";
import { cleanText, isTidyAndClean, looseWords, nameKey, toneFold } from "../../src/rules/vocabulary/normalise";

/** The definitions as documented, without any shortcut. */
const fullLooseWords = (text: string) =>
  cleanText(text).normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/đ/g, "d").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const fullNameKey = (text: string) => toneFold(cleanText(text).normalize("NFC").toLowerCase().replace(/[\s\u00a0]+/gu, " ").trim());
const fullFoldLoose = (text: string) =>
  text.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u200b]+/gu, " ").trim().normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").normalize("NFC");

/** Every character of the two blocks. */
const BLOCK_CHARS: string[] = [];
for (let code = 0; code < 0x300; code++) BLOCK_CHARS.push(String.fromCharCode(code));
for (let code = 0x1e00; code <= 0x1eff; code++) BLOCK_CHARS.push(String.fromCharCode(code));

function expectAllAgree(s: string): void {
  // A text isTidyAndClean accepts is its own cleaned, tidy text (cellText returns it as it is).
  if (isTidyAndClean(s)) expect(tidy(cleanText(s))).toBe(s);
  expect(looseWords(s)).toBe(fullLooseWords(s));
  expect(nameKey(s)).toBe(fullNameKey(s));
  expect(foldLoose(s)).toBe(fullFoldLoose(s));
}

describe("per-character folding tables", () => {
  test.each([
    ["Nguyễn Văn An 1", "nguyen van an 1", "nguyễn văn an 1", "nguyen van an 1"],
    ["Hòa", "hoa", "hoà", "hoa"],
    ["Ngọc Dũng Thủy", "ngoc dung thuy", "ngọc dũng thuỷ", "ngoc dung thuy"],
    ["Đỗ Thị Thúy", "do thi thuy", "đỗ thị thuý", "do thi thuy"],
    ["(Ký, ghi rõ họ tên)", "ky ghi ro ho ten", "(ký, ghi rõ họ tên)", "(ky, ghi ro ho ten)"],
    ["GDNN-GDTX", "gdnn gdtx", "gdnn-gdtx", "gdnn-gdtx"],
    ["Lê\u00adVăn", "levan", "lêvăn", "le\u00advan"],
  ])("%j → looseWords %j, nameKey %j, foldLoose %j", (input, loose, key, foldedLoose) => {
    expect(looseWords(input)).toBe(loose);
    expect(nameKey(input)).toBe(key);
    expect(foldLoose(input)).toBe(foldedLoose);
  });

  test("isTidyAndClean accepts names and plain values, not text to clean or tidy", () => {
    for (const t of ["Nguyễn Văn An", "Có", "CB000001", "Lao động tiên tiến", "Ðỗ Văn A"]) expect(isTidyAndClean(t)).toBe(t !== "Ðỗ Văn A");
    for (const t of ["", " An", "An ", "Văn  An", "Văn\u00a0An", "Lê\u00adVăn", "Ho\u0300a", "An\u200b"]) expect(isTidyAndClean(t)).toBe(false);
  });

  test("each character of the blocks, alone, between letters and beside a space", () => {
    for (const c of BLOCK_CHARS) {
      expectAllAgree(c);
      expectAllAgree(`a${c}b`);
      expectAllAgree(`Ho${c} a`);
    }
  });

  test("any text of the blocks' characters, marks, spaces and characters outside the blocks", () => {
    const pieces = fc.oneof(
      fc.constantFrom(...BLOCK_CHARS),
      fc.constantFrom("o", "ò", "Ú", "ủ", "ũ", "ọ", "n", "g", "a", "e", "y", "ê", "ă", "Ý", "Đ", " ", "  ", "\u00a0", "\u00ad", "\u200b", "\u0300", "\u0323", "İ", "Ω", "\u212b", "Ð", "-", "1"),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")), (s) => expectAllAgree(s)),
      { numRuns: 5000 },
    );
  });
});

describe("isBlank's first-character shortcut", () => {
  const fullIsBlank = (s: string) => tidy(cleanText(s)) === "";
  test("every character of the BMP, alone and before a space", () => {
    const disagreeing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isBlank(c) !== fullIsBlank(c) || isBlank(c + " ") !== fullIsBlank(c + " ")) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
    expect(isBlank("\u00a0\u200b ")).toBe(true);
    expect(isBlank("An")).toBe(false);
  });
  test("any text of spaces, invisible characters and letters", () => {
    const pieces = fc.constantFrom(" ", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\t", "\n", "\u3000", "\u0300", "a", "Đ", "ễ", ".");
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => a.join("")), (s) => expect(isBlank(s)).toBe(fullIsBlank(s))));
  });
});
