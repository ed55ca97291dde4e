/**
 * Text from a workbook reaches the terminal inside dvht's messages (names, sheet titles, cell values).
 * A control character there (ESC, BEL, a carriage return, a C1 code) could recolour, erase or rewrite
 * what the clerk sees, and bidirectional overrides could reorder it: all are removed before printing,
 * except the newline and the tab dvht itself uses.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}
