/**
 * fold, foldLoose and tidy: the cases a clerk's cells bring (NFD from macOS, non-breaking and zero-width
 * spaces, double spaces, capitals), and a property that the fast path for already-tidy text gives exactly
 * what the full NFC + white-space folding gives.
 */
import fc from "fast-check";
import { fold, foldLoose, tidy } from "../../src/engine/text";

/** The definitions without any shortcut, as the functions are documented. */
const fullTidy = (s: string) => s.normalize("NFC").replace(/[\s\u00a0\u200b]+/gu, " ").trim();
const fullFold = (s: string) => s.normalize("NFC").toLowerCase().replace(/[\s\u00a0\u200b]+/gu, " ").trim();

describe("tidy and fold", () => {
  test.each([
    ["Nguyễn Văn An", "Nguyễn Văn An", "nguyễn văn an"],
    ["  Nguyễn   Văn\u00a0An ", "Nguyễn Văn An", "nguyễn văn an"],
    ["Ho\u0300a\u200bBi\u0300nh", "Hòa Bình", "hòa bình"], // NFD marks, zero-width space between words
    ["LAO ĐỘNG TIÊN TIẾN", "LAO ĐỘNG TIÊN TIẾN", "lao động tiên tiến"],
    ["Có\t", "Có", "có"],
    ["", "", ""],
  ])("%j → tidy %j, fold %j", (input, tidied, folded) => {
    expect(tidy(input)).toBe(tidied);
    expect(fold(input)).toBe(folded);
  });

  test("foldLoose drops marks and đ, the same on a repeated call", () => {
    expect(foldLoose("  Đạt ")).toBe("dat");
    expect(foldLoose("  Đạt ")).toBe("dat");
    expect(foldLoose("Kho\u0302ng")).toBe("khong");
  });

  test("the already-tidy shortcut agrees with the full folding on any text", () => {
    const pieces = fc.constantFrom("a", "Đ", "ễ", "e\u0301", "o\u0302\u0300", " ", "  ", "\u00a0", "\u200b", "\t", "İ", "Ω", "\u212b", "x");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((a) => a.join("")), (s) => {
        expect(tidy(s)).toBe(fullTidy(s));
        expect(fold(s)).toBe(fullFold(s));
      }),
    );
  });
});
