/** Rendering a PDF page to pixels with poppler's pdftoppm, where LibreOffice and poppler are installed. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

export const CAN_PRINT = hasCommand("soffice") && hasCommand("pdftoppm");

/** Renders page `page` of a PDF to `<prefix>.png` (to look at) and returns the share of non-white pixels. */
export function inkOnPage(pdf: string, prefix: string, page = 1): number {
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  execFileSync("pdftoppm", ["-gray", "-r", "50", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm.toString("latin1", 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("pdftoppm did not write a binary PGM");
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}
