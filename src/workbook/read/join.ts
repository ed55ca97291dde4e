/**
 * Joining a row of Khen thưởng / Chứng chỉ / Bồi dưỡng to a roster member: by Mã when both the row and
 * the roster have it, else by the folded name. Rows that name nobody in the roster are reported and
 * dropped; rows whose name fits two members keep the ambiguous key (attached to nobody by the engine).
 */
import { IssueLog } from "./issue-log";
import { nameKey as keyOfName } from "../../rules/vocabulary/normalise";
import { codeKey, looselyNamed, type Roster } from "./read-roster";
import type { TableRow } from "./table";

/** The member key of a row, or null when the row names nobody (already reported). */
export function joinMember(row: TableRow, roster: Roster, log: IssueLog): string | null {
  const name = row.text("name");
  const code = row.has("code") ? row.text("code") : null;
  const rosterSheet = roster.table.sheet;

  if (name === null && code === null) {
    log.at("warning", row.place("name"), {
      code: "missingName",
      message: "Dòng có dữ liệu nhưng chưa ghi họ tên; dvht không biết dòng này của ai nên bỏ qua.",
      fix: `Ghi họ tên (giống hệt sheet “${rosterSheet}”) vào cột “${row.column("name")!.header}”, hoặc xoá dòng.`,
    });
    return null;
  }

  let codeNotFound = false;
  if (code !== null && roster.hasCodeColumn) {
    const member = roster.byWrittenCode.get(code) ?? roster.byCode.get(codeKey(code));
    if (member) {
      if (roster.ambiguousKeys.has(member.key)) reportAmbiguous(row, log, `Mã “${code}”`, rosterSheet);
      else if (name !== null && name !== member.name && keyOfName(name) !== keyOfName(member.name)) {
        log.at("warning", row.place("name"), {
          code: "nameCodeMismatch",
          message: `Mã “${code}” là của “${member.name}” (dòng ${member.row} sheet “${rosterSheet}”) nhưng dòng này ghi “${name}”; dvht tính dòng này cho “${member.name}” theo Mã.`,
          fix: `Sửa Mã hoặc họ tên cho khớp với sheet “${rosterSheet}”.`,
        });
      }
      return member.key;
    }
    codeNotFound = true;
  }

  if (name === null) {
    log.at("warning", row.place("code"), {
      code: "unknownMember",
      message: `Mã “${code}” không có trong sheet “${rosterSheet}” và dòng này chưa ghi họ tên; dòng này không được tính cho ai.`,
      fix: `Sửa Mã cho khớp sheet “${rosterSheet}”, hoặc thêm người này vào sheet “${rosterSheet}”.`,
    });
    return null;
  }

  const members = roster.byWrittenName.get(name) ?? roster.byName.get(keyOfName(name));
  if (!members) {
    const near = looselyNamed(roster, name);
    const hint = near && near.length > 0 ? ` Có phải “${near[0]!.name}” (dòng ${near[0]!.row})?` : "";
    log.at("warning", row.place("name"), {
      code: "unknownMember",
      message:
        `“${name}”` +
        (codeNotFound ? ` (Mã “${code}”)` : "") +
        ` không có trong sheet “${rosterSheet}”; dòng này không được tính cho ai.${hint}`,
      fix: `Sửa họ tên cho giống hệt sheet “${rosterSheet}” (kể cả dấu), hoặc thêm người này vào sheet “${rosterSheet}” nếu còn thiếu.`,
    });
    return null;
  }

  const member = members[0]!;
  const distinct = new Set(members.map((m) => m.key));
  if (distinct.size > 1 || roster.ambiguousKeys.has(member.key)) {
    const key = distinct.size > 1 ? keyOfName(name) : member.key;
    roster.ambiguousKeys.add(key);
    reportAmbiguous(row, log, `Họ tên “${name}”`, rosterSheet, members.map((m) => m.row));
    return key;
  }

  if (codeNotFound) {
    log.at("warning", row.place("code"), {
      code: "unknownCode",
      message: `Mã “${code}” không có trong sheet “${rosterSheet}”; dvht nối dòng này theo họ tên với “${member.name}” (dòng ${member.row}).`,
      fix: `Sửa Mã cho khớp với sheet “${rosterSheet}”.`,
    });
  }
  return member.key;
}

function reportAmbiguous(row: TableRow, log: IssueLog, what: string, rosterSheet: string, rows?: number[]): void {
  log.at("warning", row.place(what.startsWith("Mã") ? "code" : "name"), {
    code: "ambiguousMember",
    message:
      `${what} ứng với nhiều thành viên trong sheet “${rosterSheet}”` +
      (rows ? ` (dòng ${rows.join(", ")})` : "") +
      "; dvht không biết dòng này của ai nên không tính cho ai.",
    fix: `Ghi Mã để phân biệt (ở sheet “${rosterSheet}” và ở dòng này), hoặc xoá dòng trùng ở sheet “${rosterSheet}”.`,
  });
}
