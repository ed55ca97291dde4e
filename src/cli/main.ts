/**
 * The `dvht` command. Each subcommand returns an exit code: 0 when the unit was evaluated (data problems
 * are listed, not fatal), 2 when it cannot be (not an xlsx file, a required sheet or column missing).
 * A user's mistake prints a Vietnamese message, never a stack trace.
 */
import { Command, CommanderError } from "commander";
import { appendixCommand } from "./commands/appendix";
import { demoCommand } from "./commands/demo";
import { evaluateCommand } from "./commands/evaluate";
import { rulesCommand } from "./commands/rules";
import { reportCommand } from "./commands/report";
import { summaryCommand } from "./commands/summary";
import { templateCommand } from "./commands/template";
import { EXIT_CANNOT_EVALUATE, processOutput, UserError, type Output } from "./output";
import { WorkbookReadError, WorkbookWriteError } from "../xlsx/errors";

function program(output: Output, setCode: (code: number) => void): Command {
  const cmd = new Command("dvht")
    .description("Đánh giá “Đơn vị học tập”, “Cộng đồng học tập” theo bộ tiêu chí của từng văn bản (TT24/2023, TT25/2023, TT22/2020) từ tệp Excel")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .helpOption("-h, --help", "hiển thị hướng dẫn")
    .addHelpCommand(false)
    .showHelpAfterError("(dùng dvht --help để xem hướng dẫn)");

  cmd
    .command("template")
    .description("tạo tệp mẫu nhập liệu trống (các sheet Đơn vị, Thành viên, Khen thưởng, Chứng chỉ, Bồi dưỡng, Tự đánh giá)")
    .option("-o, --output <tệp>", "tên tệp mẫu")
    .option("--rule-set <mã>", "mẫu cho một bộ tiêu chí, ví dụ tt25-2023/xa (có sheet Cộng đồng)")
    .action(async (opts) => setCode(await templateCommand(opts, output)));

  cmd
    .command("evaluate")
    .description("đánh giá từng chỉ tiêu, tiêu chí và kết quả chung")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("--json", "in kết quả dạng JSON")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa (mặc định: theo sheet Đơn vị)")
    .action(async (file, opts) => setCode(await evaluateCommand(file, opts, output)));

  cmd
    .command("appendix")
    .description("ghi các bảng Phụ lục (Bản tổng hợp, Phụ lục I, Kết luận) vào bản sao của tệp")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", "tệp kết quả (mặc định: <tệp>-phu-luc.xlsx; trùng tệp vào thì ghi vào chính tệp đó)")
    .option("--pdf", "in thêm các sheet Phụ lục ra PDF (cần LibreOffice)")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa")
    .action(async (file, opts) => setCode(await appendixCommand(file, opts, output)));

  cmd
    .command("report")
    .description("ghi báo cáo tự đánh giá (Word .docx): quốc hiệu, từng tiêu chí, chỉ tiêu và kết luận chung")
    .argument("<tệp>", "tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", "tệp .docx (mặc định: <tệp>-bao-cao.docx)")
    .option("--rule-set <mã>", "bộ tiêu chí, ví dụ tt24-2023/xa")
    .action(async (file, opts) => setCode(await reportCommand(file, opts, output)));

  cmd
    .command("summary")
    .description("tổng hợp kết quả của mọi tệp .xlsx trong một thư mục: mỗi đơn vị một dòng, kèm biểu đồ số đơn vị theo mức đạt")
    .argument("<thư mục>", "thư mục chứa các tệp .xlsx của đơn vị")
    .option("-o, --output <tệp>", `tệp tổng hợp (mặc định: <thư mục>/tong-hop-don-vi.xlsx)`)
    .action(async (dir, opts) => setCode(await summaryCommand(dir, opts, output)));

  cmd
    .command("demo")
    .description("chạy đánh giá và ghi Phụ lục trên tệp mẫu kèm theo (mặc định một trường tiểu học; --rule-set chọn tệp mẫu của bộ tiêu chí khác)")
    .option("-o, --output <thư mục>", "thư mục ghi kết quả", "dvht-demo")
    .option("--rule-set <mã>", "bộ tiêu chí của tệp mẫu, ví dụ tt25-2023/xa, tt24-2023/tinh, tt22-2020")
    .action(async (opts) => setCode(await demoCommand(opts, output)));

  cmd
    .command("rules")
    .description("liệt kê các bộ tiêu chí; với mã, in từng chỉ tiêu với ngưỡng từng mức và trích dẫn")
    .argument("[mã]", "mã bộ tiêu chí, ví dụ tt25-2023/xa")
    .action(async (id) => setCode(await rulesCommand(id, output)));
  return cmd;
}

export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let code = 0;
  try {
    await program(output, (c) => (code = c)).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CANNOT_EVALUATE;
    if (error instanceof UserError || error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      output.err(error.message);
      return EXIT_CANNOT_EVALUATE;
    }
    throw error;
  }
}
