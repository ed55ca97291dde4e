import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { readWorkbookBuffer, readWorkbookFile, WorkbookReadError } from "../../src/xlsx";
import { buildWorkbookFromData } from "../../src/xlsx/write-data";
import type { WorkbookData } from "../../src/workbook/workbook-data";
import { outPath, sha256 } from "./helpers";

async function writeWorkbookBuffer(data: WorkbookData): Promise<Buffer> {
  return Buffer.from(await buildWorkbookFromData(data).xlsx.writeBuffer());
}

async function readFailure(file: string): Promise<WorkbookReadError> {
  const before = sha256(file);
  const error = await rejection(readWorkbookFile(file));
  expect(sha256(file)).toBe(before); // the input is never modified
  return error;
}

/** The WorkbookReadError a read rejects with. */
async function rejection(read: Promise<unknown>): Promise<WorkbookReadError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  return error as WorkbookReadError;
}

/** An OLE compound file header followed by filler, optionally with an encrypted-package stream name. */
function oleBytes(streamName?: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096, 0);
  if (streamName) Buffer.from(streamName, "utf16le").copy(body, 1024);
  return Buffer.concat([header, body]);
}

describe("files a user can get wrong", () => {
  it("names a missing file", async () => {
    const file = outPath("errors", "không-có.xlsx");
    const error = await rejection(readWorkbookFile(file));
    expect(error.code).toBe("notFound");
    expect(error.message).toContain("Không tìm thấy tệp");
    expect(error.message).toContain(file);
  });

  it("says a folder is not a file", async () => {
    const dir = outPath("errors", "thu-muc.xlsx");
    mkdirSync(dir, { recursive: true });
    const error = await rejection(readWorkbookFile(dir));
    expect(error.code).toBe("notAFile");
    expect(error.message).toContain(dir);
  });

  it("says an empty file is empty", async () => {
    const file = outPath("errors", "rong.xlsx");
    writeFileSync(file, "");
    const error = await readFailure(file);
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/^Tệp “.*rong\.xlsx” rỗng/);
  });

  it.each([
    ["a text file", "van-ban.xlsx", Buffer.from("Họ và tên,Chức vụ\nNguyễn Văn A,Giáo viên\n", "utf8")],
    ["an HTML page saved as .xls", "bao-cao.xls", Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>")],
  ])("says %s is not an .xlsx and how to fix it", async (_what, name, bytes) => {
    const file = outPath("errors", name);
    writeFileSync(file, bytes);
    const error = await readFailure(file);
    expect(error.code).toBe("notXlsx");
    expect(error.message).toContain(`Tệp “${file}” không phải tệp Excel .xlsx`);
    expect(error.message).toContain("hãy mở bằng Excel và lưu dưới dạng .xlsx");
  });

  it("says a zip that holds no workbook (e.g. a .docx) is not an .xlsx", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const file = outPath("errors", "bao-cao.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect((await readFailure(file)).code).toBe("notXlsx");
  });

  it("says an OLE file is an old .xls or password-protected", async () => {
    const file = outPath("errors", "cu.xls");
    writeFileSync(file, oleBytes("Workbook"));
    const error = await readFailure(file);
    expect(error.code).toBe("legacyOrEncrypted");
    expect(error.message).toContain(".xls");
    expect(error.message).toContain("mật khẩu");
    expect(error.message).toContain(file);
  });

  it("says an encrypted workbook is encrypted", async () => {
    const file = outPath("errors", "mat-khau.xlsx");
    writeFileSync(file, oleBytes("EncryptedPackage"));
    const error = await readFailure(file);
    expect(error.code).toBe("encrypted");
    expect(error.message).toContain("mật khẩu");
    expect(error.message).toContain("mã hoá");
  });

  it("says a damaged .xlsx is damaged", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet");
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    const file = outPath("errors", "hong.xlsx");
    writeFileSync(file, bytes.subarray(0, bytes.length - 30)); // cut off the central directory's end
    const error = await readFailure(file);
    expect(error.code).toBe("damaged");
    expect(error.message).toContain(file);
  });

  it("says a truncated .xlsx (its workbook part cut off) is damaged, not another kind of file", async () => {
    const bytes = await writeWorkbookBuffer({ sheets: [{ name: "Thành viên", rows: [["Họ và tên"], ["Nguyễn Văn An"]] }] });
    const file = outPath("errors", "tai-do-dang.xlsx");
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await readFailure(file);
    expect(error.code).toBe("damaged");
    expect(error.message).toContain("bị hỏng");
  });

  it("names a buffer by the label given", async () => {
    const error = await rejection(readWorkbookBuffer(Buffer.from("abc"), "tải-lên.xlsx"));
    expect(error.code).toBe("notXlsx");
    expect(error.message).toContain("“tải-lên.xlsx”");
    expect((await rejection(readWorkbookBuffer(new Uint8Array(0)))).code).toBe("empty");
  });
});
