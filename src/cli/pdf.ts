/**
 * PDF through LibreOffice headless, where it is installed (Debian: libreoffice-calc, libreoffice-writer).
 * Each conversion uses its own throw-away LibreOffice profile, so it neither needs nor touches the
 * user's, and two conversions do not block each other.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "./output";

const CANDIDATES = ["soffice", "libreoffice"];
const TIMEOUT_MS = 180_000;

function run(command: string, args: string[]): Promise<{ code: number | null; missing: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], timeout: TIMEOUT_MS });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e: NodeJS.ErrnoException) => resolve({ code: null, missing: e.code === "ENOENT", stderr: e.message }));
    child.on("close", (code) => resolve({ code, missing: false, stderr }));
  });
}

/** Converts `file` to PDF in `outDir`; returns the PDF's path. */
export async function convertToPdf(file: string, outDir: string, commands: string[] = CANDIDATES): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), "dvht-lo-"));
  try {
    for (const command of commands) {
      const result = await run(command, [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        file,
      ]);
      if (result.missing) continue;
      const pdf = path.join(outDir, `${path.parse(file).name}.pdf`);
      const made = await stat(pdf).then((st) => st.isFile() && st.size > 0, () => false);
      if (result.code !== 0 || !made) {
        // LibreOffice's own (English) output only with DVHT_DEBUG=1.
        const detail = process.env.DVHT_DEBUG === "1" && result.stderr.trim() ? ` Chi tiết: ${result.stderr.trim()}` : "";
        const why = result.code === null ? "LibreOffice không trả lời trong thời gian cho phép" : "LibreOffice báo lỗi hoặc không tạo ra tệp PDF";
        throw new UserError(
          `Không tạo được bản PDF: ${why}. Tệp Phụ lục .xlsx đã ghi vẫn dùng được; hãy mở nó bằng Excel hoặc LibreOffice và chọn In › Lưu dưới dạng PDF.${detail}`,
        );
      }
      return pdf;
    }
    throw new UserError(
      "Máy này chưa cài LibreOffice nên dvht không tạo được PDF. Hãy cài LibreOffice (trên Debian/Ubuntu: apt-get install libreoffice-calc libreoffice-writer), hoặc mở tệp Excel và chọn In › Lưu dưới dạng PDF.",
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
