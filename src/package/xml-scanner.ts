/**
 * A streaming, non-validating XML tokenizer for the package's parts: start tags with their attributes,
 * text, end tags. It replaces saxes on the read path because tokenising is most of the time of reading a
 * unit's workbook, and saxes (like htmlparser2, saxen and sax-wasm, measured on the same sheets; README
 * “Hiệu năng”) does much work for every character. Here texts, attribute values and names are walked
 * with charCodeAt only to find where they end, then sliced whole; attributes stay positions in the text
 * until a handler asks for one; only a text or value that holds “&” or a line end is rebuilt.
 *
 * What it gives is what saxes gives (test/package/xml-scanner.test.ts compares them on every test
 * workbook and on generated XML): entities and character references expanded, line ends normalised
 * (CR LF and CR → LF), attribute values normalised (tab, CR, LF → space), CDATA as text, comments and
 * processing instructions skipped, self-closing tags reported as opened and closed. What is not
 * well-formed in a way that could change a value is refused (XmlSyntaxError): tags that do not match, an
 * undefined entity, an unquoted or duplicated attribute, “<” in a value, a character XML forbids, text
 * outside the root, a second root, a document that ends early. A DTD is refused too: OPC forbids it in a
 * package, and it is the door to entity expansion. Faults that change no value are not looked for and
 * pass, where saxes would refuse them: “]]>” in text, “--” in a comment, an XML declaration not at the
 * start, a name that is not an XML Name (“<1a/>”); namespace prefixes are not resolved, so an unbound one
 * passes too (as in saxes without its xmlns option).
 */

import { NOT_XML_CHARACTER } from "./xml-text";

/**
 * U+FFFE and U+FFFF, the characters XML forbids above the controls. Lone surrogates need no check: the
 * text comes from xml.ts's fatal decoder, which refuses bytes that would make one.
 */
const NOT_A_CHARACTER = 0xfffe;

export interface XmlHandlers {
  /**
   * `name` is the local name ("x:c" → "c"). `attributes` is valid only during the call: the scanner
   * reuses it for the next tag (a sheet of a million cells makes no attribute objects).
   */
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  /** Text may come in several pieces for one text node; handlers append. */
  text?(text: string): void;
  close?(name: string): void;
}

export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
}

/**
 * The attributes of the tag being reported, as positions in the scanned text: a value becomes a string
 * only when a handler asks for it. Names are as written ("r:id").
 */
export class XmlAttributes {
  /** @internal the text the tag is in */
  s = "";
  /** @internal per attribute: name start, name end, value start, value end */
  readonly spans: number[] = [];
  /** @internal per attribute: its value with references expanded, when it had any (else undefined) */
  readonly expanded: (string | undefined)[] = [];
  /** @internal */
  count = 0;

  get(name: string): string | undefined {
    const { s, spans } = this;
    const length = name.length;
    for (let k = 0, o = 0; k < this.count; k++, o += 4) {
      const start = spans[o]!;
      if (spans[o + 1]! - start === length && s.startsWith(name, start)) return this.value(k);
    }
    return undefined;
  }

  /** Every attribute as [name, value], in document order. */
  entries(): [string, string][] {
    const out: [string, string][] = [];
    for (let k = 0; k < this.count; k++) out.push([this.s.slice(this.spans[4 * k], this.spans[4 * k + 1]), this.value(k)]);
    return out;
  }

  private value(k: number): string {
    const expanded = this.expanded[k];
    return expanded !== undefined ? expanded : this.s.slice(this.spans[4 * k + 2], this.spans[4 * k + 3]);
  }
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const COLON = 58;
const AMP = 38;
const CR = 13;
const LF = 10;
const TAB = 9;
const SPACE = 32;

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** Past this many characters an unfinished token waits for its text to double before it is scanned again. */
const LONG_REST = 64 * 1024;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** A character XML forbids (a control other than tab and line ends, U+FFFE, U+FFFF). */
function isForbidden(c: number): boolean {
  return c < SPACE ? c !== TAB && c !== LF && c !== CR : c >= NOT_A_CHARACTER;
}

function forbidden(): XmlSyntaxError {
  return new XmlSyntaxError("ký tự không được phép trong XML");
}

/** What the scanner skips whole (comments, CDATA, processing instructions) checked for forbidden characters. */
function refuseForbidden(s: string, from: number, to: number): void {
  if (NOT_XML_CHARACTER.test(s.slice(from, to))) throw forbidden();
}

function sameText(s: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (s.charCodeAt(aStart + k) !== s.charCodeAt(bStart + k)) return false;
  return true;
}

/*
 * Texts and values are walked with charCodeAt, not found with indexOf: they are a few characters long
 * (“A12”, “3”), and one call of indexOf costs more than walking them; the walk also notes whether an “&”
 * or a line end needs the slow path, and refuses a character XML forbids where it stands (one pass over
 * the text instead of a second one with a regular expression over every chunk).
 */
export class XmlScanner {
  private readonly onOpen: XmlHandlers["open"];
  private readonly onText: XmlHandlers["text"];
  private readonly onClose: XmlHandlers["close"];
  /** Qualified and local names of the open elements, outermost first; `depth` of them are in use. */
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private depth = 0;
  private rootClosed = false;
  private readonly attributes = new XmlAttributes();
  /** The end of the last chunk that did not make a whole token: scanned again with what comes next. */
  private rest = "";
  /**
   * A token longer than a chunk (a huge attribute value, comment or CDATA section) would be scanned again
   * from its start at every chunk, quadratic in its length: once `rest` is long, chunks wait in `pending`
   * until the text has doubled, so each character is scanned a bounded number of times.
   */
  private readonly pending: string[] = [];
  private pendingLength = 0;

  constructor(handlers: XmlHandlers) {
    this.onOpen = handlers.open;
    this.onText = handlers.text;
    this.onClose = handlers.close;
  }

  write(chunk: string): void {
    if (this.rest.length > LONG_REST) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      if (this.pendingLength < this.rest.length) return;
      chunk = this.takePending();
    }
    const s = this.rest === "" ? chunk : this.rest + chunk;
    const stop = this.scan(s, false);
    this.rest = stop < s.length ? s.slice(stop) : "";
  }

  private takePending(): string {
    const text = this.pending.join("");
    this.pending.length = 0;
    this.pendingLength = 0;
    return text;
  }

  close(): void {
    const s = this.rest + this.takePending();
    this.rest = "";
    this.scan(s, true);
    if (this.depth > 0) throw new XmlSyntaxError(`thẻ <${this.names[this.depth - 1]}> chưa đóng`);
    if (!this.rootClosed) throw new XmlSyntaxError("không có phần tử gốc");
  }

  /** Scans s from its start; returns where the unscanned end begins (s.length when all was scanned). */
  private scan(s: string, final: boolean): number {
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (s.charCodeAt(i) !== LT) {
        let lt = i;
        let special = false;
        for (; lt < n; lt++) {
          const c = s.charCodeAt(lt);
          if (c === LT) break;
          // One comparison for the usual letters and digits (all above “&”).
          if (c <= AMP) {
            if (c === AMP || c === CR) special = true;
            else if (c < SPACE && c !== TAB && c !== LF) throw forbidden();
          } else if (c >= NOT_A_CHARACTER) throw forbidden();
        }
        const end = lt < n || final ? lt : safeTextEnd(s, i, n);
        if (end > i) this.text(s, i, end, special);
        if (lt >= n) return end;
        i = lt;
      }
      if (i + 1 >= n) {
        if (final) throw new XmlSyntaxError("tài liệu kết thúc giữa chừng");
        return i;
      }
      const c = s.charCodeAt(i + 1);
      let next: number;
      if (c === SLASH) next = this.endTag(s, i);
      else if (c === BANG) next = this.markup(s, i);
      else if (c === QUESTION) next = this.instruction(s, i);
      else next = this.startTag(s, i);
      if (next < 0) {
        if (final) throw new XmlSyntaxError("tài liệu kết thúc giữa một thẻ");
        return i;
      }
      i = next;
    }
    return n;
  }

  private text(s: string, start: number, end: number, special: boolean): void {
    if (this.depth === 0) {
      for (let k = start; k < end; k++) {
        if (!isSpace(s.charCodeAt(k))) throw new XmlSyntaxError("có chữ nằm ngoài phần tử gốc");
      }
      return;
    }
    // Tabs and LFs stay as they are in text; only “&” and CR change it.
    const raw = s.slice(start, end);
    const text = special ? expand(raw, false) : raw;
    this.onText?.(text);
  }

  private startTag(s: string, start: number): number {
    const n = s.length;
    let p = start + 1;
    let colon = -1;
    for (; p < n; p++) {
      const c = s.charCodeAt(p);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === COLON) colon = p;
      else if (c === LT || c === QUOTE || c === APOSTROPHE || c === EQUALS || c === AMP) {
        throw new XmlSyntaxError(`tên thẻ sai ở “${s.slice(start, p + 1)}”`);
      } else if (isForbidden(c)) throw forbidden();
    }
    if (p >= n) return -1;
    if (p === start + 1) throw new XmlSyntaxError("thẻ không có tên");
    const nameEnd = p;
    const attributes = this.attributes;
    const spans = attributes.spans;
    const expanded = attributes.expanded;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const before = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== GT) throw new XmlSyntaxError(`thẻ <${s.slice(start + 1, nameEnd)}> sai sau “/”`);
        selfClosing = true;
        p += 2;
        break;
      }
      if (p === before) throw new XmlSyntaxError(`thuộc tính của thẻ <${s.slice(start + 1, nameEnd)}> phải cách nhau`);
      const attributeStart = p;
      for (; p < n; p++) {
        const a = s.charCodeAt(p);
        if (a === EQUALS || isSpace(a) || a === GT || a === SLASH || a === LT || a === QUOTE || a === APOSTROPHE) break;
        if (isForbidden(a)) throw forbidden();
      }
      if (p >= n) return -1;
      if (p === attributeStart) throw new XmlSyntaxError(`thẻ <${s.slice(start + 1, nameEnd)}> có ký tự lạ`);
      const attributeEnd = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== EQUALS) throw attributeError(s, start, nameEnd, attributeStart, attributeEnd, "không có giá trị");
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const quote = s.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw attributeError(s, start, nameEnd, attributeStart, attributeEnd, "không nằm trong dấu nháy");
      let close = p + 1;
      let special = false;
      for (; close < n; close++) {
        const v = s.charCodeAt(close);
        if (v === quote) break;
        if (v === LT) throw attributeError(s, start, nameEnd, attributeStart, attributeEnd, "có “<” trong giá trị");
        if (v <= AMP) {
          if (v === AMP || v === CR || v === LF || v === TAB) special = true;
          else if (v < SPACE) throw forbidden();
        } else if (v >= NOT_A_CHARACTER) throw forbidden();
      }
      if (close >= n) return -1;
      for (let k = 0; k < count; k++) {
        if (sameText(s, spans[4 * k]!, spans[4 * k + 1]!, attributeStart, attributeEnd)) {
          throw attributeError(s, start, nameEnd, attributeStart, attributeEnd, "có hai lần");
        }
      }
      const o = 4 * count;
      spans[o] = attributeStart;
      spans[o + 1] = attributeEnd;
      spans[o + 2] = p + 1;
      spans[o + 3] = close;
      expanded[count] = special ? expand(s.slice(p + 1, close), true) : undefined;
      count++;
      p = close + 1;
    }
    const depth = this.depth;
    if (depth === 0 && this.rootClosed) throw new XmlSyntaxError("có hơn một phần tử gốc");
    const local = s.slice(colon < 0 ? start + 1 : colon + 1, nameEnd);
    attributes.s = s;
    attributes.count = count;
    this.onOpen?.(local, attributes, selfClosing);
    attributes.s = "";
    if (selfClosing) {
      this.onClose?.(local);
      if (depth === 0) this.rootClosed = true;
    } else {
      this.names[depth] = colon < 0 ? local : s.slice(start + 1, nameEnd);
      this.locals[depth] = local;
      this.depth = depth + 1;
    }
    return p;
  }

  private endTag(s: string, start: number): number {
    let gt = start + 2;
    const n = s.length;
    while (gt < n && s.charCodeAt(gt) !== GT) gt++;
    if (gt >= n) return -1;
    let end = gt;
    while (end > start + 2 && isSpace(s.charCodeAt(end - 1))) end--;
    const depth = this.depth - 1;
    const top = depth < 0 ? undefined : this.names[depth];
    if (top === undefined || top.length !== end - start - 2 || !s.startsWith(top, start + 2)) {
      const name = s.slice(start + 2, end);
      throw new XmlSyntaxError(top === undefined ? `thẻ đóng </${name}> không có thẻ mở` : `thẻ đóng </${name}> không khớp với <${top}>`);
    }
    this.depth = depth;
    if (depth === 0) this.rootClosed = true;
    this.onClose?.(this.locals[depth]!);
    return gt + 1;
  }

  /** <!-- comment -->, <![CDATA[ text ]]>; a DTD (<!DOCTYPE) is refused. */
  private markup(s: string, start: number): number {
    if (s.startsWith("<!--", start)) {
      const end = s.indexOf("-->", start + 4);
      if (end < 0) return -1;
      refuseForbidden(s, start + 4, end);
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", start)) {
      const end = s.indexOf("]]>", start + 9);
      if (end < 0) return -1;
      if (this.depth === 0) throw new XmlSyntaxError("CDATA nằm ngoài phần tử gốc");
      refuseForbidden(s, start + 9, end);
      this.onText?.(normalise(s.slice(start + 9, end), false));
      return end + 3;
    }
    if (s.length - start < 9) return -1; // not yet enough to tell which markup this is
    throw new XmlSyntaxError(s.startsWith("<!DOCTYPE", start) ? "phần không được có DTD (<!DOCTYPE>)" : "khai báo “<!” không hợp lệ");
  }

  /** <?xml …?> and other processing instructions: nothing of them is kept. */
  private instruction(s: string, start: number): number {
    const end = s.indexOf("?>", start + 2);
    if (end < 0) return -1;
    refuseForbidden(s, start + 2, end);
    return end + 2;
  }
}

function attributeError(s: string, start: number, nameEnd: number, attributeStart: number, attributeEnd: number, what: string): XmlSyntaxError {
  return new XmlSyntaxError(`thuộc tính “${s.slice(attributeStart, attributeEnd)}” của thẻ <${s.slice(start + 1, nameEnd)}> ${what}`);
}

/**
 * Where text without a following “<” may be cut: not inside a reference (“&am|p;”) nor between the CR
 * and LF of a line end, which the next chunk completes. A reference may be of any length (XML allows
 * any number of leading zeros: “&#x0000000000054;”), so everything from an “&” with no “;” after it
 * waits, however far back it is; text that never gets its “;” is an error close() reports, and `rest`
 * growing long is what LONG_REST bounds.
 */
function safeTextEnd(s: string, start: number, n: number): number {
  let end = n;
  const amp = s.lastIndexOf("&", n - 1);
  if (amp >= start && s.indexOf(";", amp) < 0) end = amp;
  if (end > start && s.charCodeAt(end - 1) === CR) end--;
  return end;
}

/**
 * Entities and character references expanded, line ends normalised; in an attribute value a literal
 * tab or line end is also a space (XML 1.0 §3.3.3), a referenced one is kept.
 */
function expand(raw: string, attribute: boolean): string {
  let out = "";
  let from = 0;
  for (;;) {
    const amp = raw.indexOf("&", from);
    out += normalise(amp < 0 ? raw.slice(from) : raw.slice(from, amp), attribute);
    if (amp < 0) return out;
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0) throw new XmlSyntaxError("tham chiếu “&” không kết thúc bằng “;”");
    out += reference(raw.slice(amp + 1, semi));
    from = semi + 1;
  }
}

function normalise(text: string, attribute: boolean): string {
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (attribute && (text.indexOf("\n") >= 0 || text.indexOf("\t") >= 0)) text = text.replace(/[\n\t]/g, " ");
  return text;
}

function reference(name: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined) return predefined;
  let code = NaN;
  if (/^#x[0-9A-Fa-f]+$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
  else throw new XmlSyntaxError(`thực thể “&${name};” không được định nghĩa`);
  const allowed =
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (!allowed) throw new XmlSyntaxError(`tham chiếu ký tự “&${name};” không hợp lệ`);
  return String.fromCodePoint(code);
}
