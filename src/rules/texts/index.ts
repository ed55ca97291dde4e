/**
 * The regulation texts the rules quote, kept beside them as data (see SOURCES.md): which file holds which
 * regulation, and the texts parsed for the wording check. Reading the files is the caller's job (the core
 * does no I/O): pass a reader, e.g. `(file) => fs.readFileSync(path.join(dir, file), "utf8")`.
 */
import { RegulationText } from "./regulation-text";

/** File (in this folder) by the regulation's short name, as in `Regulation.short`. */
export const REGULATION_TEXT_FILES: Readonly<Record<string, string>> = {
  "TT22/2020": "tt22-2020.txt",
  "TT24/2023": "tt24-2023.txt",
  "TT25/2023": "tt25-2023.txt",
};

export function loadRegulationTexts(read: (file: string) => string): Map<string, RegulationText> {
  return new Map(Object.entries(REGULATION_TEXT_FILES).map(([short, file]) => [short, new RegulationText(read(file))]));
}
