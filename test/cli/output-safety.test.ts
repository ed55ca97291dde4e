/**
 * Issue 10, “never lose a byte”: each way a command could destroy a unit's file, tried through the
 * command line. Where dvht must refuse, the input's bytes (sha256), mode and symlink are unchanged, the
 * exit code is 2 and the message says why in Vietnamese.
 */
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

jest.setTimeout(60_000);

const root = freshDir("output-safety");
let n = 0;

/** A fresh folder holding a copy of the sample unit workbook. */
function unitFolder(): { dir: string; unit: string } {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  const unit = path.join(dir, "unit.xlsx");
  copyFileSync(SAMPLE_FILE, unit);
  return { dir, unit };
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const mode = (file: string) => statSync(file).mode & 0o7777;

interface Fingerprint {
  sha: string;
  mode: number;
  link: string | null;
}
function fingerprint(file: string): Fingerprint {
  const link = lstatSync(file).isSymbolicLink() ? readlinkSync(file) : null;
  return { sha: sha(file), mode: mode(file), link };
}

const noStack = /\bat .+\.(ts|js):\d+/;
const noTemp = (dir: string) => expect(readdirSync(dir).filter((f) => f.endsWith(".dvht-tmp"))).toEqual([]);

describe("an output that is one of the command's inputs is refused", () => {
  test("report unit.xlsx -o unit.xlsx: exit 2, the workbook is not replaced by a .docx", async () => {
    const { dir, unit } = unitFolder();
    const before = fingerprint(unit);
    const run = await runCli("report", unit, "-o", unit);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chính là tệp đầu vào/);
    expect(run.stderr).not.toMatch(noStack);
    expect(fingerprint(unit)).toEqual(before);
    noTemp(dir);
  });

  test("report -o ../case/unit.xlsx (the same file by another path)", async () => {
    const { dir, unit } = unitFolder();
    const before = fingerprint(unit);
    const other = path.join(dir, "..", path.basename(dir), ".", "unit.xlsx");
    const run = await runCli("report", unit, "-o", other);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chính là tệp đầu vào/);
    expect(fingerprint(unit)).toEqual(before);
  });

  test("report -o a hard link to the input (same device and inode)", async () => {
    const { dir, unit } = unitFolder();
    const hard = path.join(dir, "ban-sao-cung.docx");
    linkSync(unit, hard);
    const before = fingerprint(unit);
    const run = await runCli("report", unit, "-o", hard);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chính là tệp đầu vào/);
    expect(fingerprint(unit)).toEqual(before);
    expect(statSync(hard).ino).toBe(statSync(unit).ino);
  });

  test("a symlink planted at report's default output name, pointing at the unit's workbook, is not followed into it", async () => {
    const { dir, unit } = unitFolder();
    const planted = path.join(dir, "unit-bao-cao.docx");
    symlinkSync("unit.xlsx", planted);
    const before = fingerprint(unit);
    const run = await runCli("report", unit);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chính là tệp đầu vào/);
    expect(fingerprint(unit)).toEqual(before);
    expect(readlinkSync(planted)).toBe("unit.xlsx");
  });

  test("summary DIR -o DIR/a.xlsx where a.xlsx is a unit's workbook: exit 2, the workbook is untouched", async () => {
    const { dir, unit } = unitFolder();
    const before = fingerprint(unit);
    const run = await runCli("summary", dir, "-o", unit);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chính là tệp đầu vào/);
    expect(fingerprint(unit)).toEqual(before);
    // Not even --ghi-de turns a unit's workbook into a summary.
    const forced = await runCli("summary", dir, "-o", unit, "--ghi-de");
    expect(forced.code).toBe(2);
    expect(fingerprint(unit)).toEqual(before);
  });
});

describe("an existing file dvht did not write is kept unless --ghi-de / --force", () => {
  test("summary's default output, already a file of the user's: exit 2; it is unchanged", async () => {
    const { dir } = unitFolder();
    const users = path.join(dir, "tong-hop-don-vi.xlsx");
    copyFileSync(SAMPLE_FILE, users);
    const before = fingerprint(users);
    const run = await runCli("summary", dir);
    expect(run.code).toBe(2);
    expect(fingerprint(users)).toEqual(before);
  });

  test("summary's default output written by dvht is replaced on the next run", async () => {
    const { dir } = unitFolder();
    expect((await runCli("summary", dir)).code).toBe(0);
    const again = await runCli("summary", dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Đã tổng hợp 1 tệp"); // its own earlier output is not read as a unit
  });

  test("report over a .docx the user wrote: refused; with --ghi-de replaced, keeping its mode", async () => {
    const { dir, unit } = unitFolder();
    const users = path.join(dir, "cong-van.docx");
    writeFileSync(users, "công văn của đơn vị");
    chmodSync(users, 0o640);
    const before = fingerprint(users);
    const run = await runCli("report", unit, "-o", users);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/không phải tệp Word do dvht tạo/);
    expect(run.stderr).toMatch(/--ghi-de/);
    expect(fingerprint(users)).toEqual(before);

    const forced = await runCli("report", unit, "-o", users, "--ghi-de");
    expect(forced.code).toBe(0);
    expect(sha(users)).not.toBe(before.sha);
    expect(mode(users)).toBe(0o640);
  });

  test("report twice: dvht's own report is replaced; once edited (revision > 1) it is kept", async () => {
    const { dir, unit } = unitFolder();
    expect((await runCli("report", unit)).code).toBe(0);
    const out = path.join(dir, "unit-bao-cao.docx");
    expect((await runCli("report", unit)).code).toBe(0);
    // What Word does on saving: the revision goes up.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const core = await zip.file("docProps/core.xml")!.async("string");
    zip.file("docProps/core.xml", core.replace(/<cp:revision>1<\/cp:revision>/, "<cp:revision>2</cp:revision>"));
    writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
    const edited = fingerprint(out);
    const run = await runCli("report", unit);
    expect(run.code).toBe(2);
    expect(fingerprint(out)).toEqual(edited);
  });

  test("a 0444 (read-only) output is not replaced without --force; with --force it is, and stays 0444", async () => {
    const { dir, unit } = unitFolder();
    expect((await runCli("appendix", unit)).code).toBe(0);
    const out = path.join(dir, "unit-phu-luc.xlsx");
    chmodSync(out, 0o444);
    const before = fingerprint(out);
    const run = await runCli("appendix", unit);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chỉ được phép đọc/);
    expect(fingerprint(out)).toEqual(before);
    const forced = await runCli("appendix", unit, "--force");
    expect(forced.code).toBe(0);
    expect(mode(out)).toBe(0o444);
  });

  test("appendix FILE -o FILE on a 0444 workbook: refused without --force, the workbook unchanged", async () => {
    const { unit } = unitFolder();
    chmodSync(unit, 0o444);
    const before = fingerprint(unit);
    const run = await runCli("appendix", unit, "-o", unit);
    expect(run.code).toBe(2);
    expect(fingerprint(unit)).toEqual(before);
  });

  test("template never replaces an existing file (a filled-in template is the clerk's data)", async () => {
    const { unit } = unitFolder();
    const before = fingerprint(unit);
    const run = await runCli("template", "-o", unit);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/đã có; dvht không ghi đè/);
    expect(fingerprint(unit)).toEqual(before);
  });
});

describe("in-place writes keep the file's mode and write through symlinks", () => {
  test("appendix FILE -o FILE on a 0600 workbook: it stays 0600 (personnel data stays private)", async () => {
    const { dir, unit } = unitFolder();
    chmodSync(unit, 0o600);
    const ino = statSync(unit).ino;
    const run = await runCli("appendix", unit, "-o", unit);
    expect(run.code).toBe(0);
    expect(mode(unit)).toBe(0o600);
    expect(statSync(unit).ino).not.toBe(ino); // replaced by rename, not rewritten in place
    noTemp(dir);
  });

  test("appendix FILE -o LINK where LINK is a symlink to dvht's copy: the link stays, its target is written", async () => {
    const { dir, unit } = unitFolder();
    expect((await runCli("appendix", unit)).code).toBe(0);
    const copy = path.join(dir, "unit-phu-luc.xlsx");
    const link = path.join(dir, "lien-ket.xlsx");
    symlinkSync("unit-phu-luc.xlsx", link);
    const copyIno = statSync(copy).ino;
    const run = await runCli("appendix", unit, "-o", link);
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("unit-phu-luc.xlsx");
    expect(statSync(copy).ino).not.toBe(copyIno); // the target was replaced
    noTemp(dir);
  });

  test("appendix FILE -o FILE through a symlink to the workbook: the symlink stays a symlink", async () => {
    const { dir, unit } = unitFolder();
    const link = path.join(dir, "duong-tat.xlsx");
    symlinkSync("unit.xlsx", link);
    const run = await runCli("appendix", link, "-o", link);
    expect(run.code).toBe(0);
    expect(readlinkSync(link)).toBe("unit.xlsx");
    expect(existsSync(unit)).toBe(true);
  });

  test("a dangling symlink as output is refused", async () => {
    const { dir, unit } = unitFolder();
    const link = path.join(dir, "treo.docx");
    symlinkSync("khong-co/tep.docx", link);
    const run = await runCli("report", unit, "-o", link);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/liên kết \(symlink\) trỏ tới tệp không tồn tại/);
    expect(existsSync(path.join(dir, "khong-co"))).toBe(false);
  });
});

describe("failures are exit 2 with a Vietnamese message, never a stack trace", () => {
  test.each([
    ["report -o DIR", (dir: string, unit: string) => ["report", unit, "-o", dir], /là một thư mục/],
    ["a missing parent folder", (dir: string, unit: string) => ["report", unit, "-o", path.join(dir, "khong-co", "bc.docx")], /không tồn tại/],
    ["demo -o FILE", (_dir: string, unit: string) => ["demo", "-o", unit], /là một tệp, không phải thư mục/],
  ])("%s", async (_name, args, message) => {
    const { dir, unit } = unitFolder();
    const before = fingerprint(unit);
    const run = await runCli(...args(dir, unit));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(noStack);
    expect(run.stderr).not.toMatch(/\b(Cannot|undefined|Error:)\b/);
    expect(fingerprint(unit)).toEqual(before);
  });
});

// root may write into a read-only folder, so this case only means something for an ordinary user.
(process.getuid?.() === 0 ? test.skip : test)("a read-only folder: exit 2 in Vietnamese, nothing left behind", async () => {
  const { dir, unit } = unitFolder();
  const locked = path.join(dir, "khoa");
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  try {
    const run = await runCli("report", unit, "-o", path.join(locked, "bc.docx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Không ghi được tệp .*không có quyền ghi/);
    expect(readdirSync(locked)).toEqual([]);
  } finally {
    chmodSync(locked, 0o755);
  }
});

test("--pdf with a symlink planted at the PDF's name (to the unit's workbook): refused before any work, nothing written", async () => {
  const { dir, unit } = unitFolder();
  symlinkSync("unit.xlsx", path.join(dir, "unit-phu-luc.pdf"));
  const before = fingerprint(unit);
  const run = await runCli("appendix", unit, "--pdf");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/chính là tệp đầu vào/);
  expect(fingerprint(unit)).toEqual(before);
  expect(existsSync(path.join(dir, "unit-phu-luc.xlsx"))).toBe(false);
});

test("report's default output name planted as a symlink to someone else's document: not followed into it", async () => {
  const { dir, unit } = unitFolder();
  const other = path.join(dir, "quyet-dinh-khen-thuong.docx");
  writeFileSync(other, "quyết định đã ký");
  symlinkSync("quyet-dinh-khen-thuong.docx", path.join(dir, "unit-bao-cao.docx"));
  const before = fingerprint(other);
  const run = await runCli("report", unit);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/không phải tệp Word do dvht tạo/);
  expect(fingerprint(other)).toEqual(before);
});
