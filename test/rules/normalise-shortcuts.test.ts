/**
 * toneFold and looseWords take shortcuts for NFC text (no whole-string normalising, a per-letter table
 * for marks): on any text they must give what the full NFD → edit → NFC definitions give.
 */
import fc from "fast-check";
import { looseWords, toneFold } from "../../src/rules/vocabulary/normalise";

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** toneFold without any shortcut, as documented: the tone of open oa/oe/uy on the second vowel. */
function fullToneFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\p{L}\p{M}]+/gu, (word) => {
      const clusters = word.match(/\P{M}\p{M}*/gu);
      if (!clusters || clusters.length < 2) return word;
      const last = clusters[clusters.length - 1]!;
      const before = clusters[clusters.length - 2]!;
      const ending = (before[0]! + last[0]!).toLowerCase();
      if (!["oa", "oe", "uy"].includes(ending) || before.length !== 2 || !TONE.test(before) || TONE.test(last)) return word;
      clusters[clusters.length - 2] = before[0]!;
      clusters[clusters.length - 1] = last + before[1]!;
      return clusters.join("");
    })
    .normalize("NFC");
}
/** looseWords without any shortcut (on text without invisible characters or lookalikes). */
const fullLooseWords = (text: string) =>
  text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/đ/g, "d").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

describe("normalise shortcuts", () => {
  test.each([
    ["Hòa", "Hoà"],
    ["THÚY", "THUÝ"],
    ["Nguyễn Thị Hòe", "Nguyễn Thị Hoè"],
    ["Hoàng Văn Ọa", "Hoàng Văn Oạ"],
    ["Ho\u0300a", "Hoà"], // NFD input
    ["Hùng", "Hùng"],
  ])("toneFold(%j) = %j", (input, expected) => {
    expect(toneFold(input)).toBe(expected);
  });

  test.each([
    ["Lao động tiên tiến", "lao dong tien tien"],
    ["GDNN-GDTX", "gdnn gdtx"],
    ["Chiến sĩ thi đua cơ sở", "chien si thi dua co so"],
    ["Ngoa\u0323i ngữ", "ngoai ngu"],
  ])("looseWords(%j) = %j", (input, expected) => {
    expect(looseWords(input)).toBe(expected);
  });

  test("both agree with their full definitions on any text", () => {
    const pieces = fc.constantFrom("o", "ò", "Ó", "ụ", "u", "a", "e", "y", "Ý", "ê", "ễ", "Đ", "đ", "\u0300", "\u0323", "\u0302", " ", "-", "İ", "ǅ", "Ω", "\u212b", "1");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }).map((a) => a.join("")), (s) => {
        expect(toneFold(s)).toBe(fullToneFold(s));
        expect(looseWords(s)).toBe(fullLooseWords(s));
      }),
      { numRuns: 2000 },
    );
  });
});
