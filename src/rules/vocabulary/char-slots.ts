/**
 * The characters the per-character shortcuts of the text folding functions cover: the NFC-stable blocks
 * (Basic Latin to spacing modifiers, U+0000–U+02FF, and the precomposed Vietnamese letters, U+1E00–U+1EFF),
 * one table slot each. Text of these characters is NFC as it stands and folds one character at a time;
 * tables over the slots are filled from the full definitions, so a shortcut cannot drift from them.
 */

/** How many slots: U+0000–U+02FF, then U+1E00–U+1EFF. */
export const SLOTS = 0x400;

/** The slot of a UTF-16 code unit, or -1 for any character outside the two blocks. */
export function slotOf(code: number): number {
  if (code < 0x300) return code;
  if (code >= 0x1e00 && code <= 0x1eff) return code - 0x1e00 + 0x300;
  return -1;
}

/** The character of a slot. */
export function charOfSlot(slot: number): string {
  return String.fromCharCode(slot < 0x300 ? slot : slot - 0x300 + 0x1e00);
}
