/** How dvht recognises an output it wrote (signature.ts), one kind at a time. */
import { isDvhtPdf, PDF_TITLE } from "../../src/cli/output-file/signature";

const utf16Hex = (text: string) => "FEFF" + Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase();

test.each([
  ["LibreOffice's UTF-16 title", `%PDF-1.7\n<</Title<${utf16Hex(PDF_TITLE)}>/Creator<FEFF0043>>>`, true],
  ["a literal title", `%PDF-1.4\n<</Title(${PDF_TITLE})>>`, true],
  ["another PDF (the unit's signed scan)", `%PDF-1.7\n<</Title<${utf16Hex("Biên bản đã ký")}>>>`, false],
  ["not a PDF, with the title in it", `Title(${PDF_TITLE})`, false],
])("PDF: %s → %s", (_name, content, expected) => {
  expect(isDvhtPdf(Buffer.from(content, "latin1"))).toBe(expected);
});
