/**
 * “Ghép cột”: when the unit's trang tính or columns are named differently from dvht's template, the clerk
 * says which of theirs is which. The saved choice is shown when the form is opened again, and saving one
 * trang tính keeps what was saved for the others.
 */
import { useState } from "react";
import { Button, Caption1, Card, Dropdown, Field, Option } from "@fluentui/react-components";
import { mappableSheets, type SheetMap, type WorkbookMapping } from "../src/workbook/mapping";
import type { Loaded } from "./backend";
import { useStyles } from "./styles";

const KEEP = "";
const KEEP_LABEL = "(giữ nguyên tên cột)";

/** What is saved for one dvht trang tính: the unit's trang tính and the unit's column for each dvht column. */
function savedFor(mapping: WorkbookMapping | null, sheet: string): { from: string; columns: Record<string, string> } {
  const saved = mapping?.sheets.find((s) => s.sheet === sheet);
  return { from: saved?.from ?? sheet, columns: Object.fromEntries((saved?.columns ?? []).map((c) => [c.to, c.from])) };
}

/** The first row among the top ten with at least two text cells: the unit's headers. */
function headersOf(loaded: Loaded, sheetName: string): string[] {
  const sheet = loaded.data.sheets.find((s) => s.name === sheetName);
  const row = sheet?.rows.slice(0, 10).find((r) => r.filter((v) => typeof v === "string" && v.trim() !== "").length >= 2) ?? [];
  return [...new Set(row.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
}

export function MappingForm({ loaded, onSave, onCancel }: { loaded: Loaded; onSave: (m: WorkbookMapping, sheet: string) => void; onCancel: () => void }) {
  const classes = useStyles();
  const specs = mappableSheets();
  const firstMapped = specs.find((s) => loaded.mapping?.sheets.some((m) => m.sheet === s.sheet))?.sheet;
  const [sheet, setSheet] = useState(firstMapped ?? specs[1]?.sheet ?? specs[0]!.sheet);
  const [from, setFrom] = useState(() => savedFor(loaded.mapping, sheet).from);
  const [columns, setColumns] = useState<Record<string, string>>(() => savedFor(loaded.mapping, sheet).columns);
  const spec = specs.find((s) => s.sheet === sheet)!;
  const headers = headersOf(loaded, from);
  const sheetNames = loaded.data.sheets.map((s) => s.name);

  function chooseSheet(next: string) {
    // The unit's trang tính and columns belong to the dvht trang tính chosen: start again from what is saved for it.
    const saved = savedFor(loaded.mapping, next);
    setSheet(next);
    setFrom(saved.from);
    setColumns(saved.columns);
  }

  function save() {
    const others = (loaded.mapping?.sheets ?? []).filter((s) => s.sheet !== sheet);
    const cols = Object.entries(columns).filter(([, v]) => v !== KEEP).map(([to, f]) => ({ from: f, to }));
    const mine: SheetMap = { sheet, ...(from !== sheet ? { from } : {}), columns: cols };
    onSave({ sheets: [...others, mine] }, sheet);
  }

  return (
    <Card className={classes.card} aria-labelledby="ghep-cot">
      <h2 id="ghep-cot" className={classes.heading}>Ghép cột</h2>
      <Caption1>
        Dùng khi trang tính hoặc cột của đơn vị có tên khác mẫu của dvht. Chọn trang tính, rồi chọn cột của đơn vị ứng với từng cột
        của mẫu. dvht lưu cách ghép vào một trang tính ẩn của sổ làm việc, để lần sau không phải ghép lại.
      </Caption1>
      <Field label="Trang tính trong mẫu dvht">
        <Dropdown value={sheet} selectedOptions={[sheet]} onOptionSelect={(_, d) => d.optionValue && chooseSheet(d.optionValue)} data-testid="mapping-sheet">
          {specs.map((s) => <Option key={s.sheet} value={s.sheet}>{s.sheet}</Option>)}
        </Dropdown>
      </Field>
      <Field label="Trang tính của đơn vị">
        <Dropdown value={from} selectedOptions={[from]} onOptionSelect={(_, d) => d.optionValue && setFrom(d.optionValue)} data-testid="mapping-from">
          {[...new Set([from, ...sheetNames])].map((n) => <Option key={n} value={n}>{n}</Option>)}
        </Dropdown>
      </Field>
      {spec.columns.map((c) => {
        const value = columns[c.header] ?? KEEP;
        return (
          <Field key={c.header} label={`Cột “${c.header}”${c.required ? " (bắt buộc)" : ""}`}>
            <Dropdown
              value={value === KEEP ? KEEP_LABEL : value}
              selectedOptions={[value]}
              onOptionSelect={(_, d) => setColumns({ ...columns, [c.header]: d.optionValue ?? KEEP })}
              data-testid={`mapping-column-${c.header}`}
            >
              <Option value={KEEP}>{KEEP_LABEL}</Option>
              {[...new Set([...(value !== KEEP ? [value] : []), ...headers])].map((h) => <Option key={h} value={h}>{h}</Option>)}
            </Dropdown>
          </Field>
        );
      })}
      <div className={classes.row}>
        <Button appearance="primary" onClick={save}>Lưu ghép cột</Button>
        <Button onClick={onCancel}>Huỷ</Button>
      </div>
    </Card>
  );
}
