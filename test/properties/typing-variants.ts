/**
 * How a clerk may type the same word or name — NFC or NFD, any case, extra or non-breaking spaces: each
 * means the same to dvht, so the reader properties write labels and names through one of these.
 */
export const TYPING_VARIANTS: ((text: string) => string)[] = [
  (s) => s,
  (s) => s.normalize("NFD"),
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => `  ${s.replace(/ /g, "   ")} `,
  (s) => s.replace(/ /g, "\u00a0"),
  (s) => s.normalize("NFD").toUpperCase().replace(/ /g, "  "),
];
