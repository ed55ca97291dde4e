/**
 * Printing: `dvht appendix --pdf` and the Word report through LibreOffice, a page rendered to pixels and
 * checked not blank. Skipped, saying so, where LibreOffice or poppler is not installed.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { convertToPdf } from "../../src/cli/pdf";
import { runCli } from "../helpers/capture";
import { CAN_PRINT, inkOnPage } from "../helpers/render";
import { requireTool } from "../helpers/require-tool";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("print");
const printing = requireTool(CAN_PRINT, "LibreOffice (soffice) hoặc pdftoppm", "apt-get install -y libreoffice-calc libreoffice-writer poppler-utils") ? describe : describe.skip;

printing("printing through LibreOffice", () => {
  jest.setTimeout(180_000);

  test("dvht appendix --pdf prints the Phụ lục sheets, and the first page has ink on it", async () => {
    const out = path.join(dir, "phu-luc.xlsx");
    const run = await runCli("appendix", SAMPLE_FILE, "-o", out, "--pdf");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const pdf = path.join(dir, "phu-luc.pdf");
    expect(run.stdout).toContain(pdf);
    expect(existsSync(pdf)).toBe(true);
    const ink = inkOnPage(pdf, path.join(dir, "phu-luc-trang-1"));
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.5);
  });

  test("the Word report converts to PDF", async () => {
    const docx = path.join(dir, "bao-cao.docx");
    expect((await runCli("report", SAMPLE_FILE, "-o", docx)).code).toBe(0);
    const pdf = await convertToPdf(docx, dir);
    expect(inkOnPage(pdf, path.join(dir, "bao-cao-trang-1"))).toBeGreaterThan(0.01);
  });
});

test("without LibreOffice, the PDF step says how to get a PDF another way", async () => {
  await expect(convertToPdf(SAMPLE_FILE, dir, ["dvht-khong-co-soffice"])).rejects.toThrow(
    /chưa cài LibreOffice.*In › Lưu dưới dạng PDF/,
  );
});
