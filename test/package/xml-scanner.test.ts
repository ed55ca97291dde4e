/**
 * dvht's XML tokenizer against saxes, the parser it replaced on the read path: on every XML part of every
 * workbook the tests make (the samples, the corpus) and on generated documents cut into chunks anywhere,
 * both report the same tags, attributes and text. Every fault saxes refuses that could change a value
 * read (tags that do not match, an undefined entity or unfinished reference, a bad or duplicated
 * attribute, a forbidden character, text outside the root, a DTD, a document that ends early) the scanner
 * refuses too, one row per kind of fault. Not every fault: a few that change no value pass where saxes
 * refuses them (“]]>” in text, “--” in a comment, a late XML declaration, a name starting with a digit);
 * one row each says what the scanner reads then.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { XmlScanner, XmlSyntaxError } from "../../src/package/xml-scanner";
import { CORPUS } from "../corpus/cases";

const SAMPLES = path.join(__dirname, "..", "..", "samples");

type Event = ["open", string, [string, string][], boolean] | ["text", string] | ["close", string];

/** Adjacent texts joined: either parser may cut one text node in pieces. */
function pushText(events: Event[], text: string): void {
  const last = events[events.length - 1];
  if (last && last[0] === "text") last[1] += text;
  else events.push(["text", text]);
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function viaScanner(chunks: string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes, selfClosing) => events.push(["open", name, attributes.entries(), selfClosing]),
    text: (text) => pushText(events, text),
    close: (name) => events.push(["close", name]),
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return events;
}

function viaSaxes(chunks: string[]): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser();
  let depth = 0;
  parser.on("opentag", (tag) => {
    events.push(["open", local(tag.name), Object.entries(tag.attributes as Record<string, string>), tag.isSelfClosing]);
    if (!tag.isSelfClosing) depth++;
  });
  parser.on("text", (text) => {
    if (depth > 0) pushText(events, text);
  });
  parser.on("cdata", (text) => pushText(events, text));
  parser.on("closetag", (tag) => {
    events.push(["close", local(tag.name)]);
    if (!tag.isSelfClosing) depth--;
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
  return events;
}

function xmlParts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
    .map(([name, data]) => [name, new TextDecoder().decode(data)]);
}

/** The text cut at the given fractions of its length. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

function expectSameAsSaxes(xml: string, chunks: string[] = [xml]): void {
  expect(viaScanner(chunks)).toEqual(viaSaxes([xml]));
}

describe("XmlScanner = saxes on the test workbooks' parts", () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx"));
  it.each(samples)("sample %s: every part, whole and in 1 KiB chunks", (file) => {
    for (const [, xml] of xmlParts(readFileSync(path.join(SAMPLES, file)))) {
      expectSameAsSaxes(xml);
      const chunks: string[] = [];
      for (let i = 0; i < xml.length; i += 1024) chunks.push(xml.slice(i, i + 1024));
      expectSameAsSaxes(xml, chunks);
    }
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))("corpus case %s", async (_id, c) => {
    let bytes: Uint8Array;
    try {
      bytes = await c.build();
      unzipSync(bytes);
    } catch {
      return; // a case that is not a zip at all (the reader refuses it before any XML)
    }
    for (const [, xml] of xmlParts(bytes)) {
      let expected: Event[] | Error;
      try {
        expected = viaSaxes([xml]);
      } catch (error) {
        expected = error as Error;
      }
      if (expected instanceof Error) expect(() => viaScanner([xml])).toThrow(XmlSyntaxError);
      else expect(viaScanner([xml])).toEqual(expected);
    }
  }, 60_000);
});

/** XML text pieces that need care: references, line ends, quotes, Vietnamese, an astral character. */
const textPiece = fc.constantFrom(
  "Nguyễn Văn A",
  "Đạt",
  "12",
  "3.5",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#38;",
  "&#x1F600;",
  "&#10;",
  "&#13;",
  "&#9;",
  "a\r\nb",
  "c\rd",
  "\t",
  "\n",
  " ",
  ">",
  "'",
  '"',
  "𝔘",
  // Not “]]>”, which text may not hold (it ends a CDATA section); a writer escapes the “>”.
  "]]&gt;",
  "]] ",
);
const name = fc.constantFrom("c", "v", "row", "x:c", "t", "si", "sheetData", "mc:AlternateContent", "ĐơnVị");
const attributeName = fc.constantFrom("r", "s", "t", "ref", "r:id", "xml:space", "spans");
const space = fc.constantFrom("", " ", "\n", "\t", "\r\n ");

/** A random well-formed element, written with the variations writers use. */
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc
    .tuple(
      name,
      fc.uniqueArray(fc.tuple(attributeName, fc.array(textPiece, { maxLength: 3 }), fc.boolean(), space), { maxLength: 3, selector: (a) => a[0] }),
      space,
      fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        {
          weight: 3,
          arbitrary: fc.array(
            fc.oneof(
              fc.array(textPiece, { minLength: 1, maxLength: 3 }).map((t) => t.join("")),
              fc.constantFrom("<!-- a comment -->", "<?pi data?>", "<![CDATA[<raw> & \r\n text]]>"),
              tie("node"),
            ),
            { maxLength: 4 },
          ),
        },
      ),
    )
    .map(([tag, attributes, trailing, children]) => {
      const attrs = attributes
        .map(([n, value, single, sp]) => {
          const v = value.join("").replace(single ? /'/g : /"/g, single ? "&apos;" : "&quot;").replace(/]]/g, "]");
          return ` ${n}${sp}=${sp}${single ? `'${v}'` : `"${v}"`}`;
        })
        .join("");
      if (children === null) return `<${tag}${attrs}${trailing}/>`;
      return `<${tag}${attrs}${trailing}>${children.join("")}</${tag}${trailing}>`;
    }),
})).node;

const document = fc
  .tuple(fc.boolean(), element, space)
  .map(([declaration, root, after]) => `${declaration ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : ""}${root}${after}`);

describe("XmlScanner = saxes on generated documents", () => {
  it("same events, whole and cut into chunks anywhere (a tag, a reference or a CR LF cut in two)", () => {
    fc.assert(
      fc.property(document, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (xml, at) => {
        const expected = viaSaxes([xml]);
        expect(viaScanner([xml])).toEqual(expected);
        expect(viaScanner(cut(xml, at))).toEqual(expected);
        // One character at a time: every boundary at once.
        expect(viaScanner([...xml])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("XmlScanner on tokens longer than many chunks", () => {
  // An unfinished token past 64 KiB waits for its text to double before it is scanned again (linear, not
  // quadratic): the events must not change for it, wherever the chunks fall.
  const big = "Nguyễn Văn A & B ".repeat(20_000).replace(/&/g, "&amp;");
  const cases: [string, string][] = [
    ["an attribute value", `<a b="${big}" c="1"><v>2</v></a>`],
    ["a comment", `<a><!-- ${big} --><v>2</v></a>`],
    ["a CDATA section", `<a><![CDATA[${big}]]><v>2</v></a>`],
    ["a text", `<a>${big}<v>2</v></a>`],
    // Held back whole until its “;” comes, however many chunks away (XML allows any number of leading zeros).
    ["a character reference, all leading zeros,", `<a>x&#x${"0".repeat(400_000)}54;y<v>2</v></a>`],
  ];
  it.each(cases)("%s of 400,000 characters, in 1 KiB chunks", (_what, xml) => {
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += 1024) chunks.push(xml.slice(i, i + 1024));
    expect(viaScanner(chunks)).toEqual(viaSaxes([xml]));
  });

  it("an “&” never finished, then 8 MB of text in 1 KiB chunks: refused in linear time", () => {
    // The text after it is held back, waiting for a “;”: scanned again at every chunk, it would be
    // ~32 billion character visits; LONG_REST makes it a few times 8 million.
    const xml = `<a>x &${"Nguyễn Văn A ".repeat(640_000)}</a>`;
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += 1024) chunks.push(xml.slice(i, i + 1024));
    const started = Date.now();
    expect(() => viaScanner(chunks)).toThrow(XmlSyntaxError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("XmlScanner on a reference cut by a chunk boundary", () => {
  // Where the inflater's slices fall must not change what is read: a reference cut anywhere, however
  // long its leading zeros make it, reads as it does whole.
  const cases: [string, string][] = [
    ["hexadecimal, leading zeros", "<a>x&#x0000000000054;y</a>"],
    ["decimal, leading zeros", "<a>x&#00000000000000084;y</a>"],
    ["astral, leading zeros", "<a>&#x00000000001F600;</a>"],
    ["after a CR", "<a>x\r&#x00000000000000000000041;\r\n</a>"],
    ["two in a row", "<a>&#x000000000000041;&amp;&#0000000000066;</a>"],
    ["a predefined entity", "<a>x &quot;y&quot;</a>"],
    ["in an attribute value", '<a b="&#x0000000000054;&amp;"/>'],
  ];
  it.each(cases)("%s: cut at every position, the same as whole", (_what, xml) => {
    const whole = viaSaxes([xml]);
    expect(viaScanner([xml])).toEqual(whole);
    for (let p = 1; p < xml.length; p++) expect(viaScanner([xml.slice(0, p), xml.slice(p)])).toEqual(whole);
    expect(viaScanner([...xml])).toEqual(whole);
  });
});

describe("XmlScanner lets through faults that change no value", () => {
  // saxes (and expat) refuse these; the scanner does not look for them. None changes a tag, an attribute
  // or a text: the scanner reads what the writer plainly meant.
  const text = (name: string, value: string): Event[] => [["open", name, [], false], ["text", value], ["close", name]];
  const empty = (name: string): Event[] => [["open", name, [], true], ["close", name]];
  const cases: [string, string, Event[]][] = [
    ["“]]>” in a text", "<a>x]]>y</a>", text("a", "x]]>y")],
    ["“--” inside a comment", "<a><!-- x -- y -->1</a>", text("a", "1")],
    ["a comment ending “--->”", "<a><!-- x --->1</a>", text("a", "1")],
    ["an XML declaration not at the start", ' <?xml version="1.0"?><a/>', empty("a")],
    ["an XML declaration after the root", '<a/><?xml version="1.0"?>', empty("a")],
    ["a tag name starting with a digit", "<1a>2</1a>", text("1a", "2")],
    ["an attribute name starting with a digit", '<a 1b="2"/>', [["open", "a", [["1b", "2"]], true], ["close", "a"]]],
  ];
  it.each(cases)("%s: accepted (saxes refuses it)", (_what, xml, events) => {
    expect(() => viaSaxes([xml])).toThrow();
    expect(viaScanner([xml])).toEqual(events);
    expect(viaScanner([...xml])).toEqual(events);
  });

  it("an unbound namespace prefix: accepted, as saxes accepts it without its xmlns option (no namespace is resolved)", () => {
    const xml = '<x:c y:r="A1"><x:v>1</x:v></x:c>';
    expect(viaScanner([xml])).toEqual([["open", "c", [["y:r", "A1"]], false], ["open", "v", [], false], ["text", "1"], ["close", "v"], ["close", "c"]]);
    expectSameAsSaxes(xml);
  });
});

describe("XmlScanner refuses what is not well-formed, as saxes does", () => {
  const cases: [string, string][] = [
    ["end tag that does not match", "<a><b></a></b>"],
    ["element left open", "<a><b></b>"],
    ["end tag without a start", "<a></a></b>"],
    ["undefined entity", "<a>&nbsp;</a>"],
    ["reference without “;”", "<a>x &amp y</a>"],
    ["character reference to a forbidden character", "<a>&#1;</a>"],
    ["unquoted attribute value", "<a b=1/>"],
    ["attribute without a value", "<a b/>"],
    ["duplicated attribute", '<a b="1" b="2"/>'],
    ["“<” in an attribute value", '<a b="1<2"/>'],
    ["attributes not separated", '<a b="1"c="2"/>'],
    ["text before the root", "x<a/>"],
    ["text after the root", "<a/>x"],
    ["two roots", "<a/><b/>"],
    ["no root", "<?xml version=\"1.0\"?>"],
    ["a DTD", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ["a control character", "<a>\u0001</a>"],
    // A character XML forbids is refused wherever it stands, not only in text.
    ["a control character in an attribute value", '<a b="x\u0002y"/>'],
    ["a control character in an attribute name", '<a b\u0003="1"/>'],
    ["a control character in a tag name", "<a\u0004/>"],
    ["a control character before an attribute", '<a \u0005b="1"/>'],
    ["a control character in an end tag", "<a><b></b\u0006></a>"],
    ["a control character in a comment", "<a><!-- x\u0007 --></a>"],
    ["a control character in a CDATA section", "<a><![CDATA[x\u0008]]></a>"],
    ["a control character in a processing instruction", "<?x \u000b?><a/>"],
    ["a vertical tab between tags", "<a>\u000b<b/></a>"],
    ["U+FFFE in a text", "<a>x\ufffe</a>"],
    ["U+FFFF in an attribute value", '<a b="\uffff"/>'],
    ["document ends inside a tag", '<a><b c="1'],
    ["document ends inside a comment", "<a><!-- x"],
    ["tag without a name", "<a>< b/></a>"],
  ];
  it.each(cases)("%s", (_why, xml) => {
    expect(() => viaSaxes([xml])).toThrow();
    expect(() => viaScanner([xml])).toThrow(XmlSyntaxError);
    expect(() => viaScanner([...xml])).toThrow(XmlSyntaxError);
  });
});
