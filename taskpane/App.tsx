/**
 * The dvht task pane (Vietnamese): what the workbook holds, the four actions, the results with a chart,
 * and “Ghép cột”. Inside Excel it works on the open workbook; in a plain browser on an .xlsx picked from disk.
 */
import { useState } from "react";
import {
  Body1, Button, Caption1, Card, Dropdown, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Option, ProgressBar,
  Subtitle2, Title3, webLightTheme,
} from "@fluentui/react-components";
import type { DataIssue } from "../src/engine/issues";
import { formatPercent, levelLabel } from "../src/engine/format";
import { findRuleSet } from "../src/rules";
import { mappableSheets, type WorkbookMapping } from "../src/workbook/mapping";
import { browserBackend, downloadReport, downloadSummary, type Backend, type Loaded } from "./backend";
import { BarChart } from "./BarChart";

type View = "home" | "issues" | "results" | "mapping";

/** Colour by outcome: not met red, the highest level green, levels in between blue. */
function outcomeColor(outcome: number | null, top: number): string | undefined {
  if (outcome === null) return undefined;
  if (outcome === 0) return "#c50f1f";
  return outcome >= top ? "#107c10" : "#0f6cbd";
}

/** The audit's findings on a chỉ tiêu (claimed level against the data, figures in the description). */
function AuditNotes({ issues, indicator }: { issues: DataIssue[]; indicator: string }) {
  const notes = issues.filter((i) => i.indicator === indicator);
  if (notes.length === 0) return null;
  return (
    <ul style={{ margin: "2px 0", paddingLeft: 16, color: "#8a3707" }} data-testid={`audit-${indicator}`}>
      {notes.map((n, k) => <li key={k}>{n.message}</li>)}
    </ul>
  );
}

function IssueList({ issues }: { issues: DataIssue[] }) {
  if (issues.length === 0) return <Body1>Không có vấn đề dữ liệu nào.</Body1>;
  return (
    <div>
      {issues.slice(0, 100).map((i, k) => (
        <MessageBar key={k} intent={i.severity === "error" ? "error" : i.severity === "warning" ? "warning" : "info"} style={{ marginBottom: 4 }}>
          <MessageBarBody>
            <MessageBarTitle>{i.sheet ? `${i.sheet}${i.row ? ` dòng ${i.row}` : ""}${i.column ? `, cột “${i.column}”` : ""}` : "Sổ làm việc"}</MessageBarTitle>
            {i.message} {i.fix ? <em>Cách sửa: {i.fix}</em> : null}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

export function App({ initial }: { initial: Backend | null }) {
  const [backend, setBackend] = useState<Backend | null>(initial);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [view, setView] = useState<View>("home");
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  async function work<T>(label: string, task: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setMessage(null);
    try {
      return await task();
    } catch (error) {
      setMessage({ intent: "error", text: `${label} không thành công: ${(error as Error).message}` });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function load(b: Backend = backend!) {
    const result = await work("Đọc sổ làm việc", () => b.load());
    if (result) setLoaded(result);
    return result;
  }

  async function openFile(file: File) {
    const b = browserBackend({ name: file.name, bytes: await file.arrayBuffer() });
    setBackend(b);
    await load(b);
  }

  async function openSample() {
    const response = await fetch("samples/truong-tieu-hoc-an-binh.xlsx");
    const b = browserBackend({ name: "truong-tieu-hoc-an-binh.xlsx", bytes: await response.arrayBuffer() });
    setBackend(b);
    await load(b);
  }

  const evaluation = loaded?.assessment.evaluation ?? null;
  const ruleSet = loaded?.assessment.ruleSet ?? (evaluation ? findRuleSet(evaluation.ruleSet.id) ?? null : null);
  const issues = loaded?.assessment.issues ?? [];
  const errors = issues.filter((i) => i.severity === "error");
  const top = ruleSet ? Math.max(...ruleSet.levels.map((l) => l.level)) : 2;

  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12, maxWidth: 560 }}>
        <Title3 as="h1">dvht – Đơn vị học tập</Title3>
        {backend?.kind !== "excel" && (
          <Card style={{ margin: "8px 0" }}>
            <Body1>Ngoài Excel: chọn tệp .xlsx của đơn vị (dữ liệu chỉ xử lý trên máy này, không gửi đi đâu).</Body1>
            <input type="file" accept=".xlsx" aria-label="Chọn tệp .xlsx" onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])} />
            <Button onClick={() => void openSample()}>Dùng tệp mẫu</Button>
            <Body1>Tổng hợp nhiều đơn vị (Phòng, UBND, Sở): chọn cùng lúc các tệp .xlsx của các đơn vị.</Body1>
            <input
              type="file"
              accept=".xlsx"
              multiple
              aria-label="Chọn các tệp .xlsx để tổng hợp"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                if (files.length === 0) return;
                void work("Tổng hợp các đơn vị", async () =>
                  downloadSummary(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })))),
                ).then((t) => t && setMessage({ intent: "success", text: t }));
              }}
            />
          </Card>
        )}
        {backend?.kind === "excel" && !loaded && <Button appearance="primary" onClick={() => void load()}>Đọc sổ làm việc</Button>}

        {busy && (
          <div role="status" style={{ margin: "8px 0" }}>
            <Caption1>{busy}…</Caption1>
            <ProgressBar />
          </div>
        )}
        {message && (
          <MessageBar intent={message.intent} style={{ margin: "8px 0" }}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}

        {loaded && (
          <Card style={{ margin: "8px 0" }} aria-label="Sổ làm việc">
            <Subtitle2>{evaluation?.unit.name ?? loaded.label}</Subtitle2>
            <Body1>
              Các sheet: {loaded.data.sheets.map((s) => s.name).join(", ")}.
              {evaluation ? ` ${evaluation.members.total} thành viên (tính vào đánh giá: ${evaluation.members.counted}).` : ""}
              {` ${issues.length} vấn đề dữ liệu${errors.length ? `, trong đó ${errors.length} lỗi phải sửa` : ""}.`}
            </Body1>
            {ruleSet && <Caption1>{ruleSet.title}</Caption1>}
            {backend?.kind === "excel" && !backend.liveFormulas && (
              <Caption1>Máy này không hỗ trợ hàm tùy chỉnh DVHT.*: Phụ lục sẽ được ghi bằng giá trị, không tự cập nhật.</Caption1>
            )}
          </Card>
        )}

        <div style={{ display: "flex", flexWrap: "wrap", gap: 6, margin: "8px 0" }}>
          <Button disabled={!backend || !!busy} onClick={() => void work("Tạo mẫu nhập liệu", () => backend!.writeTemplate()).then((t) => t && setMessage({ intent: "success", text: t }))}>
            Tạo mẫu nhập liệu
          </Button>
          <Button disabled={!loaded || !!busy} onClick={() => void load().then(() => setView("issues"))}>Kiểm tra dữ liệu</Button>
          <Button appearance="primary" disabled={!loaded || !!busy} onClick={() => void load().then(() => setView("results"))}>Đánh giá</Button>
          <Button disabled={!evaluation || !!busy} onClick={() => void work("Ghi Phụ lục", () => backend!.writeAppendix()).then((t) => t && setMessage({ intent: "success", text: t }))}>
            Ghi Phụ lục
          </Button>
          <Button disabled={!evaluation || !!busy} onClick={() => void work("Tải báo cáo (Word)", () => downloadReport(loaded!)).then((t) => t && setMessage({ intent: "success", text: t }))}>
            Tải báo cáo (Word)
          </Button>
          <Button appearance="subtle" disabled={!loaded || !!busy} onClick={() => setView("mapping")}>Ghép cột</Button>
        </div>

        {loaded && !evaluation && (
          <MessageBar intent="error"><MessageBarBody><MessageBarTitle>Chưa đánh giá được</MessageBarTitle>Sửa các lỗi dưới đây rồi bấm “Đánh giá” lại, hoặc dùng “Ghép cột” nếu sheet, cột của đơn vị có tên khác mẫu.</MessageBarBody></MessageBar>
        )}
        {loaded && (view === "issues" || !evaluation) && <IssueList issues={issues} />}

        {view === "results" && evaluation && ruleSet && (
          <section aria-label="Kết quả đánh giá">
            <Subtitle2 as="h2">Kết quả chung: <span data-testid="overall" style={{ color: outcomeColor(evaluation.overall.level, top) }}>{evaluation.overall.label}</span></Subtitle2>
            {evaluation.criteria.map((c) => (
              <div key={c.id} style={{ marginTop: 8 }}>
                <Body1><strong>Tiêu chí {c.id}</strong>: {c.title} — <strong>{levelLabel(c.level, ruleSet)}</strong></Body1>
                <table style={{ width: "100%", borderCollapse: "collapse", fontSize: 12 }}>
                  <tbody>
                    {evaluation.indicators.filter((i) => i.criterion === c.id).map((i) => {
                      const label = levelLabel(i.level, ruleSet);
                      const rows = i.parts.flatMap((p) => (p.rows ? [p.rows] : []));
                      return (
                        <tr
                          key={i.id}
                          data-testid={`indicator-${i.id}`}
                          onClick={() => {
                            setSelected(i.id);
                            const r = rows[0];
                            if (r) void backend?.selectRows(r.sheet, r.notQualifying.length ? r.notQualifying : r.qualifying);
                          }}
                          style={{ cursor: "pointer", background: selected === i.id ? "#ebf3fc" : undefined, borderTop: "1px solid #e0e0e0" }}
                          title="Bấm để chọn các dòng dữ liệu của chỉ tiêu này"
                        >
                          <td style={{ verticalAlign: "top", padding: 2 }}>{i.id}</td>
                          <td style={{ padding: 2 }}>
                            {i.title}
                            <AuditNotes issues={issues} indicator={i.id} />
                            {selected === i.id && <div style={{ color: "#616161" }}>{i.explanation}. {i.citation}.{rows[0] ? ` Dòng chưa đạt (sheet “${rows[0].sheet}”): ${rows[0].notQualifying.join(", ") || "không có"}.` : ""}</div>}
                          </td>
                          <td style={{ padding: 2, whiteSpace: "nowrap" }}>{i.denominator !== null && i.numerator !== null ? `${i.numerator}/${i.denominator}${i.ratio !== null ? ` (${formatPercent(i.ratio)})` : ""}` : ""}</td>
                          <td style={{ padding: 2, whiteSpace: "nowrap", color: outcomeColor(i.level, top), fontWeight: 600 }} data-testid={`level-${i.id}`}>{label}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ))}
            <Subtitle2 as="h2" style={{ display: "block", marginTop: 12 }}>Tỷ lệ so với ngưỡng</Subtitle2>
            <BarChart evaluation={evaluation} ruleSet={ruleSet} />
          </section>
        )}

        {view === "mapping" && loaded && backend && (
          <MappingForm
            loaded={loaded}
            onSave={(m) => void work("Lưu ghép cột", async () => { await backend.saveMapping(m); await load(); }).then(() => setView("home"))}
          />
        )}
      </main>
    </FluentProvider>
  );
}

/** “Ghép cột”: for each dvht sheet, the unit's sheet and, for each dvht column, the unit's column. */
function MappingForm({ loaded, onSave }: { loaded: Loaded; onSave: (m: WorkbookMapping) => void }) {
  const specs = mappableSheets();
  const [sheet, setSheet] = useState(specs[1]!.sheet);
  const [from, setFrom] = useState<string>(loaded.mapping?.sheets.find((s) => s.sheet === sheet)?.from ?? sheet);
  const [columns, setColumns] = useState<Record<string, string>>({});
  const spec = specs.find((s) => s.sheet === sheet)!;
  const theirs = loaded.data.sheets.find((s) => s.name === from);
  const headers = (theirs?.rows.slice(0, 10).find((r) => r.filter((v) => typeof v === "string").length >= 2) ?? []).filter((v): v is string => typeof v === "string");
  return (
    <Card aria-label="Ghép cột">
      <Subtitle2>Ghép cột: cột của đơn vị → cột của dvht</Subtitle2>
      <Caption1>dvht ghi cách ghép vào một sheet ẩn của sổ làm việc; lệnh dvht và hàm DVHT.EVALUATE dùng cùng cách ghép.</Caption1>
      <label>Sheet của dvht <Dropdown value={sheet} onOptionSelect={(_, d) => setSheet(d.optionValue!)}>{specs.map((s) => <Option key={s.sheet} value={s.sheet}>{s.sheet}</Option>)}</Dropdown></label>
      <label>Sheet của đơn vị <Dropdown value={from} onOptionSelect={(_, d) => setFrom(d.optionValue!)}>{loaded.data.sheets.map((s) => <Option key={s.name} value={s.name}>{s.name}</Option>)}</Dropdown></label>
      {spec.columns.map((c) => (
        <label key={c.header}>
          {c.header}{c.required ? " *" : ""}{" "}
          <Dropdown value={columns[c.header] ?? ""} placeholder="(giữ nguyên)" onOptionSelect={(_, d) => setColumns({ ...columns, [c.header]: d.optionValue! })}>
            {headers.map((h) => <Option key={h} value={h}>{h}</Option>)}
          </Dropdown>
        </label>
      ))}
      <Button
        appearance="primary"
        onClick={() => {
          const others = (loaded.mapping?.sheets ?? []).filter((s) => s.sheet !== sheet);
          const cols = Object.entries(columns).filter(([, v]) => v).map(([to, f]) => ({ from: f, to }));
          onSave({ sheets: [...others, { sheet, ...(from !== sheet ? { from } : {}), columns: cols }] });
        }}
      >
        Lưu ghép cột
      </Button>
    </Card>
  );
}
