/**
 * The dvht task pane (Vietnamese). Inside Excel it works on the open workbook; in a plain browser on an
 * .xlsx picked from disk, read again at every action. One state at a time: what was shown for an earlier
 * file or action is replaced (a failed load clears the previous workbook, its results and its report).
 */
import { useEffect, useRef, useState } from "react";
import {
  Body1, Button, Caption1, Card, FluentProvider, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody,
  ProgressBar, Subtitle2, Title3, Toolbar, ToolbarButton,
} from "@fluentui/react-components";
import type { WorkbookMapping } from "../src/workbook/mapping";
import { browserBackend, downloadReport, downloadSummary, downloadTemplate, type Backend, type Loaded } from "./backend";
import { IssuesView } from "./IssuesView";
import { MappingForm } from "./MappingForm";
import { friendlyError, unitLine } from "./present";
import { ResultsView } from "./ResultsView";
import { useStyles } from "./styles";
import { currentTheme } from "./theme";

type View = "home" | "issues" | "results" | "mapping";
type Status =
  | { kind: "idle" }
  | { kind: "busy"; label: string; step: string }
  | { kind: "error" | "success" | "info"; text: string }
  /** A read that went well: one quiet line, so that a screen reader (and a clerk re-checking) hears it happened. */
  | { kind: "done"; text: string };

const SAMPLE = { name: "truong-tieu-hoc-an-binh.xlsx", url: "samples/truong-tieu-hoc-an-binh.xlsx" };

export function App({ initial }: { initial: Backend | null }) {
  const [theme] = useState(currentTheme);
  // The page around the pane takes the theme's background too (no white frame in Office's dark theme).
  useEffect(() => {
    document.body.style.margin = "0";
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  return (
    <FluentProvider theme={theme}>
      <Pane initial={initial} />
    </FluentProvider>
  );
}

function Pane({ initial }: { initial: Backend | null }) {
  const classes = useStyles();
  const [backend, setBackend] = useState<Backend | null>(initial);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [view, setView] = useState<View>("home");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = useRef(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inExcel = backend?.kind === "excel";
  const busy = status.kind === "busy";

  // When an evaluation ends, its result is what the clerk came for: bring it into view and focus it.
  useEffect(() => {
    if (view === "results" && loaded?.assessment.evaluation && !busy) {
      resultsHeading.current?.scrollIntoView({ block: "start" });
      resultsHeading.current?.focus({ preventScroll: true });
    }
  }, [view, loaded, busy]);

  /** Runs one action; its outcome replaces whatever the previous action showed. Cancel discards its result. */
  async function act<T>(label: string, task: (step: (s: string) => Promise<void>) => Promise<T>, onFail?: () => void): Promise<T | undefined> {
    const id = ++run.current;
    setStatus({ kind: "busy", label, step: `${label}…` });
    const step = async (s: string) => {
      if (run.current !== id) throw new Cancelled();
      setStatus({ kind: "busy", label, step: `${s}…` });
      // Let the caption paint before the next step takes the thread.
      await new Promise((r) => setTimeout(r, 0));
    };
    try {
      const result = await task(step);
      if (run.current !== id) return undefined;
      setStatus({ kind: "idle" });
      return result;
    } catch (error) {
      if (run.current !== id || error instanceof Cancelled) return undefined;
      onFail?.();
      setStatus({ kind: "error", text: `${label} không thành công. ${friendlyError(error)}` });
      return undefined;
    }
  }

  /**
   * Selecting rows is instant and changes nothing: not a busy state, which would take the results (and the
   * open explanation, with the list the clerk is working through) off the screen.
   */
  async function selectInExcel(sheet: string, rows: number[]): Promise<void> {
    try {
      await backend!.selectRows(sheet, rows);
    } catch (error) {
      setStatus({ kind: "error", text: `Chọn dòng không thành công. ${friendlyError(error)}` });
    }
  }

  function cancel() {
    run.current++;
    backend?.cancel?.();
    setStatus({ kind: "info", text: "Đã huỷ." });
  }

  /** Reads the workbook afresh; a failure (not a cancel) clears the previous workbook, its results and report. */
  async function loadOrClear(b: Backend, label: string, next: View): Promise<Loaded | undefined> {
    const clear = () => {
      setLoaded(null);
      setView("home");
    };
    const result = await act(label, (step) => b.load(step), clear);
    if (result) {
      setLoaded(result);
      setView(result.assessment.evaluation ? next : "issues");
      const errors = result.assessment.issues.filter((i) => i.severity === "error").length;
      const time = new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
      const outcome = result.assessment.evaluation
        ? `kết quả chung: ${result.assessment.evaluation.overall.label}`
        : `chưa đánh giá được, ${errors} lỗi phải sửa`;
      setStatus({ kind: "done", text: `Đã đọc ${b.label} lúc ${time}; ${outcome}.` });
    }
    return result;
  }

  function openFile(file: File) {
    const b = browserBackend({ name: file.name, read: () => file.arrayBuffer() });
    setBackend(b);
    setLoaded(null);
    setView("home");
    void loadOrClear(b, "Đọc tệp", "home");
  }

  function openSample() {
    const b = browserBackend({
      name: SAMPLE.name,
      read: async () => {
        const response = await fetch(SAMPLE.url, { cache: "no-store" });
        if (!response.ok) throw new Error(`Không tải được tệp mẫu (mã ${response.status}).`);
        return response.arrayBuffer();
      },
    });
    setBackend(b);
    setLoaded(null);
    setView("home");
    void loadOrClear(b, "Đọc tệp mẫu", "home");
  }

  async function success(label: string, task: () => Promise<string>) {
    const text = await act(label, () => task());
    if (text) setStatus({ kind: "success", text });
  }

  const evaluation = loaded?.assessment.evaluation ?? null;
  const ruleSet = loaded?.assessment.ruleSet ?? null;
  const issues = loaded?.assessment.issues ?? [];
  const errors = issues.filter((i) => i.severity === "error");

  return (
    <main className={classes.main}>
      <Title3 as="h1">dvht – Đơn vị học tập</Title3>

      {!inExcel && (
        <div className={classes.stack}>
          <Caption1>Ngoài Excel: chọn tệp .xlsx của đơn vị. Dữ liệu chỉ xử lý trên máy này, không gửi đi đâu.</Caption1>
          <div className={classes.row}>
            <Button appearance={backend ? "secondary" : "primary"} disabled={busy} onClick={() => fileInput.current?.click()}>
              {backend ? "Mở lại tệp" : "Chọn tệp .xlsx"}
            </Button>
            <Button disabled={busy} onClick={openSample}>Dùng tệp mẫu</Button>
          </div>
          <input
            ref={fileInput}
            className={classes.hidden}
            type="file"
            accept=".xlsx"
            aria-label="Chọn tệp .xlsx"
            data-testid="file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) is a change too.
              e.target.value = "";
              if (file) openFile(file);
            }}
          />
          {backend && <Caption1 data-testid="file-name">Tệp: {backend.label}</Caption1>}
        </div>
      )}

      <Toolbar aria-label="Thao tác" className={classes.toolbar} size="small">
        <ToolbarButton
          appearance="primary"
          disabled={!backend || busy}
          onClick={() => backend && void loadOrClear(backend, "Đánh giá", "results")}
        >
          Đánh giá
        </ToolbarButton>
        <ToolbarButton disabled={!backend || busy} onClick={() => backend && void loadOrClear(backend, "Kiểm tra dữ liệu", "issues")}>
          Kiểm tra
        </ToolbarButton>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton disabled={busy}>Thêm ▾</ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem disabled={!evaluation} onClick={() => void success("Ghi Phụ lục", () => backend!.writeAppendix())}>
                {inExcel ? "Ghi Phụ lục vào sổ làm việc" : "Tải Phụ lục (.xlsx)"}
              </MenuItem>
              <MenuItem
                disabled={!evaluation}
                onClick={() =>
                  void success("Tải báo cáo (Word)", async () => {
                    // The report is of the file as it is now, not as it was when first read.
                    const fresh = await backend!.load();
                    setLoaded(fresh);
                    return downloadReport(fresh);
                  })
                }
              >
                Tải báo cáo (Word)
              </MenuItem>
              <MenuItem disabled={!loaded} onClick={() => setView("mapping")}>Ghép cột…</MenuItem>
              <MenuItem onClick={() => void success("Tạo mẫu nhập liệu", () => (backend ? backend.writeTemplate() : downloadTemplate()))}>
                Tạo mẫu nhập liệu
              </MenuItem>
              {!inExcel && (
                <MenuItem onClick={() => summaryInput.current?.click()}>Tổng hợp nhiều đơn vị…</MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </Toolbar>
      {!inExcel && <SummaryInput onFiles={(files) => void success("Tổng hợp các đơn vị", () => downloadSummary(files))} />}

      <div role="status" aria-live="polite" className={classes.status} data-testid="status">
        {status.kind === "busy" && (
          <div className={classes.stack}>
            <div className={classes.row}>
              <Caption1 data-testid="progress-step">{status.step}</Caption1>
              <Button size="small" onClick={cancel}>Huỷ</Button>
            </div>
            <ProgressBar aria-label={status.step} />
          </div>
        )}
        {status.kind === "done" && <Caption1 data-testid="status-done">{status.text}</Caption1>}
        {(status.kind === "error" || status.kind === "success" || status.kind === "info") && (
          <MessageBar intent={status.kind} layout="multiline" data-testid={`message-${status.kind}`}>
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {loaded && !evaluation && !busy && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            Chưa đánh giá được: sửa các lỗi dưới đây rồi bấm “Đánh giá” lại, hoặc dùng “Thêm → Ghép cột” nếu trang tính, cột của đơn vị có
            tên khác mẫu.
          </MessageBarBody>
        </MessageBar>
      )}

      {view === "results" && evaluation && ruleSet && !busy && (
        <ResultsView
          ref={resultsHeading}
          evaluation={evaluation}
          ruleSet={ruleSet}
          input={loaded!.assessment.input}
          issues={issues}
          selectRows={inExcel ? (sheet, rows) => void selectInExcel(sheet, rows) : undefined}
        />
      )}
      {view === "issues" && loaded && !busy && <IssuesView issues={issues} />}
      {view === "mapping" && loaded && backend && (
        <MappingForm
          loaded={loaded}
          onCancel={() => setView("home")}
          onSave={(m: WorkbookMapping, sheet: string) =>
            void act("Lưu ghép cột", async () => {
              await backend.saveMapping(m);
              return backend.load();
            }).then((fresh) => {
              if (!fresh) return;
              setLoaded(fresh);
              setView(fresh.assessment.evaluation ? "home" : "issues");
              setStatus({ kind: "success", text: `Đã lưu cách ghép cho trang tính “${sheet}”.` });
            })
          }
        />
      )}

      {loaded && !busy && view !== "mapping" && (
        <Card className={classes.card} aria-labelledby="so-lam-viec" data-testid="workbook-card">
          <Subtitle2 as="h2" id="so-lam-viec" className={classes.flush}>{evaluation?.unit.name ?? loaded.label}</Subtitle2>
          {ruleSet && <Caption1>{ruleSet.title}</Caption1>}
          <Body1 as="p" className={classes.flush}>
            {evaluation ? `${unitLine(evaluation)} ` : ""}
            {issues.length} vấn đề dữ liệu{errors.length ? `, trong đó ${errors.length} lỗi phải sửa` : ""}.
          </Body1>
          <Caption1>Các trang tính: {loaded.data.sheets.map((s) => s.name).join(", ")}.</Caption1>
          {inExcel && !backend.liveFormulas && (
            <Caption1>Excel trên máy này không có hàm tùy chỉnh DVHT.*: Phụ lục được ghi bằng giá trị, không tự cập nhật.</Caption1>
          )}
        </Card>
      )}
    </main>
  );
}

class Cancelled extends Error {}

const summaryInput: { current: HTMLInputElement | null } = { current: null };

/** The hidden picker behind “Tổng hợp nhiều đơn vị…”: several .xlsx at once, one summary downloaded. */
function SummaryInput({ onFiles }: { onFiles: (files: { name: string; bytes: ArrayBuffer }[]) => void }) {
  const classes = useStyles();
  return (
    <input
      ref={(el) => {
        summaryInput.current = el;
      }}
      className={classes.hidden}
      type="file"
      accept=".xlsx"
      multiple
      aria-label="Chọn các tệp .xlsx để tổng hợp"
      data-testid="summary-input"
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = "";
        if (files.length === 0) return;
        void Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))).then(onFiles);
      }}
    />
  );
}
