/** Text and attribute values for the XML the writer makes. */

/**
 * Characters XML 1.0 does not allow at all (controls other than tab, newline, carriage return; U+FFFE,
 * U+FFFF): the writer drops them, the reader refuses a part that holds one.
 */
export const NOT_XML_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const NOT_XML_CHARACTERS = new RegExp(NOT_XML_CHARACTER.source, "g");

/** `text` without the characters XML cannot hold, as the writer puts it in a part. */
export function withoutNotXmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, "");
}

export function escapeText(text: string): string {
  return withoutNotXmlCharacters(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
