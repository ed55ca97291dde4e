/**
 * commander speaks English; the clerk reads Vietnamese. Its help titles and usage words are replaced
 * through its Help hooks, and its error messages (unknown option, missing argument, “did you mean”…) are
 * translated on their way out (configureOutput.outputError), so nothing English reaches the terminal.
 */
import type { Command, HelpConfiguration } from "commander";

const TITLES: Record<string, string> = {
  "Usage:": "Cách dùng:",
  "Options:": "Tùy chọn:",
  "Commands:": "Lệnh:",
  "Arguments:": "Đối số:",
  "Global Options:": "Tùy chọn chung:",
};

const viUsage = (usage: string) => usage.replace("[options]", "[tùy chọn]").replace("[command]", "[lệnh]");

export const helpConfiguration: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  subcommandTerm(cmd: Command): string {
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(" ");
    return `${cmd.name()}${cmd.options.length ? " [tùy chọn]" : ""}${args ? ` ${args}` : ""}`;
  },
  commandUsage(cmd: Command): string {
    let name = cmd.name();
    for (let parent = cmd.parent; parent; parent = parent.parent) name = `${parent.name()} ${name}`;
    return viUsage(`${name} ${cmd.usage()}`).trim();
  },
};

const q = (s: string) => `“${s}”`;

/** One commander error line → Vietnamese. Unknown shapes are still shown, prefixed as an error. */
export function translateCommanderError(message: string): string {
  const lines = message.replace(/\n+$/, "").split("\n");
  const out = lines.map((line) => {
    let m: RegExpExecArray | null;
    if ((m = /^error: unknown option '(.+)'$/.exec(line))) return `Lỗi: không có tùy chọn ${q(m[1]!)}.`;
    if ((m = /^error: unknown command '(.+)'$/.exec(line))) return `Lỗi: không có lệnh ${q(m[1]!)}.`;
    if ((m = /^error: missing required argument '(.+)'$/.exec(line))) return `Lỗi: thiếu đối số bắt buộc <${m[1]}>.`;
    if ((m = /^error: option '(.+)' argument missing$/.exec(line))) return `Lỗi: tùy chọn ${q(m[1]!)} cần một giá trị.`;
    if ((m = /^error: required option '(.+)' not specified$/.exec(line))) return `Lỗi: thiếu tùy chọn bắt buộc ${q(m[1]!)}.`;
    if ((m = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line))) {
      return `Lỗi: thừa đối số${m[1] ? ` cho lệnh ${q(m[1])}` : ""}: cần ${m[2]}, nhận ${m[3]}.`;
    }
    if ((m = /^\(Did you mean one of (.+)\?\)$/.exec(line))) return `(Có phải ý bạn là một trong: ${m[1]}?)`;
    if ((m = /^\(Did you mean (.+)\?\)$/.exec(line))) return `(Có phải ý bạn là ${m[1]}?)`;
    if ((m = /^error: (.*)$/.exec(line))) return `Lỗi: ${m[1]}`;
    return line;
  });
  return out.join("\n") + "\n";
}
