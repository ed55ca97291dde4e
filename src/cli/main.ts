/**
 * The `dvht` command. Each subcommand returns an exit code: 0 when the unit was evaluated (data problems
 * are listed, not fatal), 1 with `--strict` when there were data errors, 2 when it cannot be evaluated or
 * an output cannot be written. Every failure prints a Vietnamese message, never a stack trace or a
 * library's English (the detail is shown only with DVHT_DEBUG=1).
 *
 * Each command's module is loaded only when that command runs (`await import` inside its action):
 * `dvht --help`, `rules` and `template` never load the reader, docx or the appendix writer.
 */
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import path from "node:path";
import { helpConfiguration, translateCommanderError } from "./commander-vi";
import { describeUnexpected } from "./unexpected";
import { EXIT_CANNOT_EVALUATE, processOutput, UserError, type Output } from "./output";
import { stripControlCharacters } from "./terminal-text";

/** package.json's version (this file runs from src/cli in tests and dist-node/cli when built). */
export function dvhtVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

const FORCE_HELP = "thay tệp kết quả đã có dù không do dvht tạo hoặc chỉ được đọc";
const FORCE_ALIAS_HELP = "như --ghi-de";
const STRICT_HELP = "kết thúc với mã 1 khi dữ liệu còn lỗi";

interface WriteFlags {
  ghiDe?: boolean;
  force?: boolean;
}
const force = (opts: WriteFlags) => opts.ghiDe === true || opts.force === true;

function program(output: Output, setCode: (code: number) => void): Command {
  const cmd = new Command("dvht")
    .description("Đánh giá “Đơn vị học tập”, “Cộng đồng học tập” theo bộ tiêu chí của từng văn bản (TT24/2023, TT25/2023, TT22/2020) từ tệp Excel")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => output.out(s.replace(/\n$/, "")),
      writeErr: (s) => output.err(s.replace(/\n$/, "")),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .configureHelp(helpConfiguration)
    .helpOption("-h, --help", "hiển thị hướng dẫn")
    .version(`dvht ${dvhtVersion()}`, "-V, --version", "in số phiên bản của dvht")
    .addHelpCommand(false)
    .showHelpAfterError("(dùng dvht --help để xem hướng dẫn)");
  const sub = (name: string) => cmd.command(name).helpOption("-h, --help", "hiển thị hướng dẫn của lệnh").configureHelp(helpConfiguration);

  sub("template")
    .description("tạo tệp mẫu nhập liệu trống (các sheet Đơn vị, Thành viên, Khen thưởng, Chứng chỉ, Bồi dưỡng, Tự đánh giá)")
    .option("-o, --output <tệp>", "tên tệp mẫu (mặc định: dvht-mau-nhap-lieu.xlsx)")
    .option("--rule-set <mã>", "mẫu cho một bộ tiêu chí, ví dụ tt25-2023/xa (có sheet Cộng đồng)")
    .option("--ghi-de", FORCE_HELP)
    .option("--force", FORCE_ALIAS_HELP)
    .action(async (opts) => {
      const { templateCommand } = await import("./commands/template");
      setCode(await templateCommand({ ...opts, force: force(opts) }, output));
    });

  sub("evaluate")
    .description("đánh giá từng chỉ tiêu, tiêu chí và kết quả chung")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("--json", "in kết quả dạng JSON")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa (mặc định: theo sheet Đơn vị)")
    .option("--strict", STRICT_HELP)
    .action(async (file, opts) => {
      const { evaluateCommand } = await import("./commands/evaluate");
      setCode(await evaluateCommand(file, opts, output));
    });

  sub("appendix")
    .description("ghi các bảng Phụ lục (Bản tổng hợp, Phụ lục I, Kết luận) vào bản sao của tệp")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", "tệp kết quả (mặc định: <tệp>-phu-luc.xlsx; trùng tệp vào thì ghi vào chính tệp đó)")
    .option("--pdf", "in thêm các sheet Phụ lục ra PDF (cần LibreOffice)")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa")
    .option("--ghi-de", FORCE_HELP)
    .option("--force", FORCE_ALIAS_HELP)
    .option("--strict", STRICT_HELP)
    .action(async (file, opts) => {
      const { appendixCommand } = await import("./commands/appendix");
      setCode(await appendixCommand(file, { ...opts, force: force(opts) }, output));
    });

  sub("report")
    .description("ghi báo cáo tự đánh giá (Word .docx): quốc hiệu, từng tiêu chí, chỉ tiêu và kết luận chung")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", "tệp .docx (mặc định: <tệp>-bao-cao.docx)")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa")
    .option("--ghi-de", FORCE_HELP)
    .option("--force", FORCE_ALIAS_HELP)
    .option("--strict", STRICT_HELP)
    .action(async (file, opts) => {
      const { reportCommand } = await import("./commands/report");
      setCode(await reportCommand(file, { ...opts, force: force(opts) }, output));
    });

  sub("summary")
    .description("tổng hợp kết quả của mọi tệp .xlsx, .xlsm trong một thư mục: mỗi đơn vị một dòng, kèm biểu đồ số đơn vị theo mức đạt")
    .argument("<thư mục>", "thư mục chứa các tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", "tệp tổng hợp (mặc định: <thư mục>/tong-hop-don-vi.xlsx)")
    .option("--ghi-de", FORCE_HELP)
    .option("--force", FORCE_ALIAS_HELP)
    .option("--strict", STRICT_HELP)
    .action(async (dir, opts) => {
      const { summaryCommand } = await import("./commands/summary");
      setCode(await summaryCommand(dir, { ...opts, force: force(opts) }, output));
    });

  sub("demo")
    .description("chạy đánh giá và ghi Phụ lục trên tệp mẫu kèm theo (mặc định một trường tiểu học; --rule-set chọn tệp mẫu của bộ tiêu chí khác)")
    .option("-o, --output <thư mục>", "thư mục ghi kết quả (mặc định: dvht-demo)")
    .option("--rule-set <mã>", "bộ tiêu chí của tệp mẫu, ví dụ tt25-2023/xa, tt24-2023/tinh, tt22-2020")
    .option("--ghi-de", FORCE_HELP)
    .option("--force", FORCE_ALIAS_HELP)
    .action(async (opts) => {
      const { demoCommand } = await import("./commands/demo");
      setCode(await demoCommand({ ...opts, force: force(opts) }, output));
    });

  sub("rules")
    .description("liệt kê các bộ tiêu chí; với mã, in từng chỉ tiêu với ngưỡng từng mức và trích dẫn")
    .argument("[mã]", "mã bộ tiêu chí, ví dụ tt25-2023/xa")
    .action(async (id) => {
      const { rulesCommand } = await import("./commands/rules");
      setCode(await rulesCommand(id, output));
    });
  return cmd;
}

/** What reaches the terminal never carries a workbook's control characters. */
function safeOutput(output: Output): Output {
  const progress = output.progress?.bind(output);
  const write = output.write?.bind(output);
  return {
    out: (t) => output.out(stripControlCharacters(t)),
    ...(write ? { write: (t: string) => write(stripControlCharacters(t)) } : {}),
    err: (t) => output.err(stripControlCharacters(t)),
    ...(progress ? { progress: (t: string) => progress(stripControlCharacters(t)) } : {}),
  };
}

export async function main(argv: string[], rawOutput: Output = processOutput): Promise<number> {
  const output = safeOutput(rawOutput);
  let code = 0;
  try {
    await program(output, (c) => (code = c)).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CANNOT_EVALUATE;
    if (error instanceof UserError || isDvhtFileError(error)) {
      output.err(error.message);
      return EXIT_CANNOT_EVALUATE;
    }
    output.err(describeUnexpected(error));
    if (process.env.DVHT_DEBUG === "1") output.err(String((error as Error)?.stack ?? error));
    return EXIT_CANNOT_EVALUATE;
  }
}

/** WorkbookReadError / WorkbookWriteError, known by name so that this file need not load the xlsx adapter. */
function isDvhtFileError(error: unknown): error is Error {
  return error instanceof Error && (error.name === "WorkbookReadError" || error.name === "WorkbookWriteError");
}
