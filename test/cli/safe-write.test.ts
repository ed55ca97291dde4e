/**
 * The atomic write under the output module: a colleague's save between dvht's read and its rename is
 * never lost (both versions kept), the temporary file never outlives the write (error, SIGINT), and
 * the original's mode is kept.
 */
import { createHash } from "node:crypto";
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareOutput } from "../../src/cli/output-file";
import { UserError } from "../../src/cli/output";
import { ConcurrentChangeError, pendingTemporaryFiles, targetState, writeAtomically } from "../../src/io/safe-write";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("safe-write");
const sha = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const temps = () => readdirSync(dir).filter((f) => f.endsWith(".dvht-tmp"));

afterEach(() => {
  expect(temps()).toEqual([]);
  expect(pendingTemporaryFiles()).toEqual([]);
});

test("lost update: a save between dvht's look and its rename stops the write; the colleague's file stays, dvht's result is kept beside it", async () => {
  const file = path.join(dir, "so-ca-nhan.xlsx");
  writeFileSync(file, "bản gốc");
  const state = await targetState(file);
  const colleague = "bản đồng nghiệp vừa lưu trong Excel";
  const error = await writeAtomically(state, Buffer.from("kết quả của dvht"), {
    beforeCommit: () => writeFileSync(file, colleague),
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConcurrentChangeError);
  expect(sha(readFileSync(file))).toBe(sha(colleague));
  const kept = (error as ConcurrentChangeError).keptAs;
  expect(path.basename(kept)).toBe("so-ca-nhan (bản dvht).xlsx");
  expect(readFileSync(kept, "utf8")).toBe("kết quả của dvht");
});

test("lost update through the output module: exit message in Vietnamese naming both files", async () => {
  const file = path.join(dir, "bao-cao.docx");
  writeFileSync(file, "của người dùng");
  const target = await prepareOutput({ path: file, kind: "docx", inputs: [], force: true });
  const error = await target.write(Buffer.from("dvht"), { beforeCommit: () => writeFileSync(file, "sửa trong lúc chạy") }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(/đã bị thay đổi .* trong lúc dvht làm việc/);
  expect((error as Error).message).toContain("bao-cao (bản dvht).docx");
  expect(readFileSync(file, "utf8")).toBe("sửa trong lúc chạy");
});

test("a file created at a new output's name meanwhile is not replaced either", async () => {
  const file = path.join(dir, "moi.xlsx");
  const state = await targetState(file);
  const error = await writeAtomically(state, Buffer.from("dvht"), { beforeCommit: () => writeFileSync(file, "người khác tạo") }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConcurrentChangeError);
  expect(readFileSync(file, "utf8")).toBe("người khác tạo");
});

test("a failure after the temporary file is written removes it and leaves the target as it was", async () => {
  const file = path.join(dir, "giu-nguyen.xlsx");
  writeFileSync(file, "nguyên vẹn");
  const state = await targetState(file);
  await expect(
    writeAtomically(state, Buffer.from("dvht"), {
      beforeCommit: () => {
        expect(temps()).toHaveLength(1);
        throw new Error("hỏng giữa chừng");
      },
    }),
  ).rejects.toThrow("hỏng giữa chừng");
  expect(readFileSync(file, "utf8")).toBe("nguyên vẹn");
});

test("SIGINT while the temporary file exists: it is removed and the process is then ended by the same signal", async () => {
  const file = path.join(dir, "ctrl-c.xlsx");
  writeFileSync(file, "trước Ctrl+C");
  const state = await targetState(file);
  const kill = jest.spyOn(process, "kill").mockImplementation(() => true);
  try {
    await writeAtomically(state, Buffer.from("dvht"), {
      beforeCommit: () => {
        expect(temps()).toHaveLength(1);
        process.emit("SIGINT", "SIGINT");
        expect(temps()).toEqual([]);
        throw new Error("dừng");
      },
    }).catch(() => undefined);
    expect(kill).toHaveBeenCalledWith(process.pid, "SIGINT");
  } finally {
    kill.mockRestore();
  }
  expect(readFileSync(file, "utf8")).toBe("trước Ctrl+C");
});

test("0600 stays 0600 and 0444 stays 0444 when replaced", async () => {
  for (const wanted of [0o600, 0o444]) {
    const file = path.join(dir, `che-do-${wanted.toString(8)}.xlsx`);
    writeFileSync(file, "cũ");
    chmodSync(file, wanted);
    await writeAtomically(await targetState(file), Buffer.from("mới"));
    expect(statSync(file).mode & 0o7777).toBe(wanted);
    expect(readFileSync(file, "utf8")).toBe("mới");
  }
});

// Only root can give a file to another owner; for anyone else the owner is theirs and cannot change.
(process.getuid?.() === 0 ? test : test.skip)("the owner is kept where the system allows (run as root: a file of uid 65534 stays 65534's)", async () => {
  const { chownSync } = await import("node:fs");
  const file = path.join(dir, "cua-nguoi-khac.xlsx");
  writeFileSync(file, "cũ");
  chownSync(file, 65534, 65534);
  await writeAtomically(await targetState(file), Buffer.from("mới"));
  expect(statSync(file).uid).toBe(65534);
  expect(statSync(file).gid).toBe(65534);
});
