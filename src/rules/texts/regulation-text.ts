/**
 * A regulation's own text (the .txt files beside this module: Bộ pháp điển extracts, one paragraph a line)
 * split into the units a citation names: Điều → khoản (“1. …”) → điểm (“a) …”, “đ) …”).
 *
 * Pure: it takes the text as a string, so the rule checks can run anywhere; the tests read the files.
 * Each block of the extract starts with its codified heading (“Điều 13.1.TT.178.6. …”) and a note naming
 * the original article (“(Điều 6 Thông tư số 24/2023/TT-BGDĐT, …)”); rules cite the original article, so
 * blocks are keyed by that note. A block without a note (TT24's 13.1.TT.178.25, a codification error, see
 * SOURCES.md) is left out. Lines between the heading and the note (TT25 Điều 6, 7 repeat their first
 * khoản there) are not part of the article.
 */

/** Điều N, khoản K, điểm X: the part of an article a citation names. */
export interface PassageRef {
  article: number;
  clause?: number;
  point?: string;
}

interface Clause {
  lines: string[];
  points: Map<string, string[]>;
}

interface Article {
  /** Lines after the heading's first line that belong to no khoản (an article without khoản). */
  lines: string[];
  clauses: Map<number, Clause>;
}

const HEADING = /^Điều \d+\.\d+\.TT\.\d+\.\d+\./u;
const NOTE = /^\(Điều (\d+) Thông tư số /u;
const CLAUSE = /^(\d+)\.\s/u;
const POINT = /^([a-zđ])\)\s/u;
/**
 * A khoản that states no content of its own but takes another's (“Nội dung tiêu chí theo quy định tại
 * khoản 1 Điều 6 Thông tư này.”): what it says is what the khoản it names says.
 */
const INCORPORATION = /^Nội dung tiêu chí theo quy định tại khoản (\d+) Điều (\d+) Thông tư này\.$/u;

/** Whitespace and Unicode normalisation: the only liberties a “verbatim” comparison takes. */
export function normaliseWording(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

export class RegulationText {
  private readonly articles = new Map<number, Article>();

  constructor(text: string) {
    let article: Article | undefined;
    let clause: Clause | undefined;
    let point: string[] | undefined;
    let awaitingNote = false;
    for (const raw of text.split(/\r?\n/u)) {
      const line = normaliseWording(raw);
      if (line === "") continue;
      if (HEADING.test(line)) {
        article = undefined;
        clause = undefined;
        point = undefined;
        awaitingNote = true;
        continue;
      }
      const note = NOTE.exec(line);
      if (note && awaitingNote) {
        article = { lines: [], clauses: new Map() };
        this.articles.set(Number(note[1]), article);
        awaitingNote = false;
        continue;
      }
      if (!article) continue;
      const clauseStart = CLAUSE.exec(line);
      if (clauseStart) {
        clause = { lines: [line], points: new Map() };
        article.clauses.set(Number(clauseStart[1]), clause);
        point = undefined;
        continue;
      }
      const pointStart = POINT.exec(line);
      if (pointStart && clause) {
        point = [line];
        clause.points.set(pointStart[1]!, point);
        clause.lines.push(line);
        continue;
      }
      (point ?? clause?.lines ?? article.lines).push(line);
      if (point && clause) clause.lines.push(line);
    }
  }

  /** Whether the text has the article, khoản and điểm the reference names. */
  has(ref: PassageRef): boolean {
    return this.lines(ref) !== undefined;
  }

  /**
   * The words of the passage, normalised, with every khoản it incorporates by reference appended (and
   * theirs, once each); undefined when the text has no such passage.
   */
  passage(ref: PassageRef): string | undefined {
    const seen = new Set<string>();
    const collect = (r: PassageRef): string[] | undefined => {
      const key = `${r.article}/${r.clause ?? ""}/${r.point ?? ""}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const own = this.lines(r);
      if (!own) return undefined;
      const out = [...own];
      for (const line of own) {
        const incorporated = INCORPORATION.exec(line);
        if (incorporated) out.push(...(collect({ article: Number(incorporated[2]), clause: Number(incorporated[1]) }) ?? []));
      }
      return out;
    };
    return collect(ref)?.join("\n");
  }

  private lines(ref: PassageRef): string[] | undefined {
    const article = this.articles.get(ref.article);
    if (!article) return undefined;
    if (ref.clause === undefined) {
      return [...article.lines, ...[...article.clauses.values()].flatMap((c) => c.lines)];
    }
    const clause = article.clauses.get(ref.clause);
    if (!clause) return undefined;
    if (ref.point === undefined) return clause.lines;
    return clause.points.get(ref.point);
  }
}
