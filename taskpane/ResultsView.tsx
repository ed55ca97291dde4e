/**
 * “Kết quả”: the overall level first, then each criterion (a heading) with a table of its chỉ tiêu. A row's
 * title is a button (Enter/Space) that opens the explanation in a row below it; several parts of a chỉ tiêu
 * are listed under its title without a click.
 */
import { forwardRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { DataIssue } from "../src/engine/issues";
import type { AssessmentInput } from "../src/engine/input";
import type { Evaluation, IndicatorResult } from "../src/engine/result";
import type { RuleSet } from "../src/rules/types";
import { formatInteger } from "../src/engine/format";
import { BarChart } from "./BarChart";
import { criterionResult, draftNotice, gapViews, indicatorFigure, indicatorResult, isScored, morePeople, notMeetingText, partLines, rowList } from "./present";
import { outcomeClass, useStyles } from "./styles";

interface Props {
  evaluation: Evaluation;
  ruleSet: RuleSet;
  input: AssessmentInput | null;
  issues: DataIssue[];
  /** Present inside Excel: selects rows of a sheet. */
  selectRows?: (sheet: string, rows: number[]) => void;
}

export const ResultsView = forwardRef<HTMLHeadingElement, Props>(function ResultsView({ evaluation, ruleSet, input, issues, selectRows }, headingRef) {
  const classes = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const top = Math.max(...ruleSet.levels.map((l) => l.level));
  const scored = isScored(evaluation);
  const draft = draftNotice(evaluation);
  return (
    <section aria-labelledby="ket-qua-chung">
      {draft && (
        <MessageBar intent="warning" layout="multiline" data-testid="draft">
          <MessageBarBody>{draft}</MessageBarBody>
        </MessageBar>
      )}
      <h2 id="ket-qua-chung" className={classes.heading} ref={headingRef} tabIndex={-1}>
        Kết quả chung:{" "}
        <span data-testid="overall" className={scored ? classes.neutral : outcomeClass(classes, evaluation.overall.level, top)}>
          {evaluation.overall.label}
        </span>
      </h2>
      {evaluation.overall.note && (
        <Text size={200} as="p" className={classes.noteLine} data-testid="overall-note">
          {evaluation.overall.note}
        </Text>
      )}
      {evaluation.scoring && <Text size={200} as="p" className={classes.muted}>Theo {evaluation.scoring.citation}.</Text>}
      {evaluation.criteria.map((c) => {
        const rows = evaluation.indicators.filter((i) => i.criterion === c.id);
        return (
          <div key={c.id}>
            <h3 className={classes.criterionHeading}>
              Tiêu chí {c.id}: {c.title} —{" "}
              <span data-testid={`criterion-${c.id}`} className={scored ? classes.neutral : outcomeClass(classes, c.level, top)}>{criterionResult(c.id, evaluation, ruleSet)}</span>
            </h3>
            <table className={classes.table}>
              <thead>
                <tr>
                  <th scope="col" className={`${classes.th} ${classes.idCol}`}>Chỉ tiêu</th>
                  <th scope="col" className={classes.th}>Nội dung</th>
                  <th scope="col" className={`${classes.th} ${classes.resultCol}`}>{scored ? "Điểm, số liệu" : "Kết quả, số liệu"}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => (
                  <IndicatorRows
                    key={i.id}
                    indicator={i}
                    evaluation={evaluation}
                    ruleSet={ruleSet}
                    input={input}
                    issues={issues}
                    open={open === i.id}
                    onToggle={() => setOpen(open === i.id ? null : i.id)}
                    selectRows={selectRows}
                    top={top}
                  />
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <h2 className={classes.heading}>{scored ? "Điểm so với điểm tối đa" : "Tỷ lệ so với ngưỡng"}</h2>
      <BarChart evaluation={evaluation} ruleSet={ruleSet} />
    </section>
  );
});

function IndicatorRows(props: {
  indicator: IndicatorResult;
  evaluation: Evaluation;
  ruleSet: RuleSet;
  input: AssessmentInput | null;
  issues: DataIssue[];
  open: boolean;
  onToggle: () => void;
  selectRows?: (sheet: string, rows: number[]) => void;
  top: number;
}) {
  const { indicator: i, evaluation, ruleSet, input, issues, open, onToggle, selectRows, top } = props;
  const classes = useStyles();
  const parts = partLines(i, ruleSet);
  const notes = issues.filter((x) => x.indicator === i.id);
  const refs = i.parts.flatMap((p) => (p.rows && p.rows.sheet ? [p.rows] : []));
  const failing = refs.find((r) => r.notQualifying.length > 0) ?? refs[0];
  const detailId = `giai-thich-${i.id}`;
  const scored = isScored(evaluation);
  const gaps = gapViews(i);
  // The people of a member share are the rows of “Dòng chưa đạt” with their reasons: list them once.
  const listed = gaps.some((g) => g.total !== null);
  return (
    <>
      <tr data-testid={`indicator-${i.id}`}>
        <td className={classes.td}>{i.id}</td>
        <td className={classes.td}>
          <button type="button" className={classes.expand} aria-expanded={open} aria-controls={detailId} data-testid={`toggle-${i.id}`} onClick={onToggle}>
            {open ? "▾ " : "▸ "}
            {i.title}
          </button>
          {parts.length > 0 && (
            <ul className={classes.parts} data-testid={`parts-${i.id}`}>
              {parts.map((p, k) => (
                <li key={k}>
                  {p.label}: {p.figure || "—"}
                  {p.met === null ? "" : p.met ? " (đạt)" : " (chưa đạt)"}
                </li>
              ))}
            </ul>
          )}
        </td>
        <td className={classes.td}>
          <div className={scored ? classes.neutral : outcomeClass(classes, i.level, top)} data-testid={`level-${i.id}`}>{indicatorResult(i, evaluation, ruleSet)}</div>
          <div className={classes.muted} data-testid={`figure-${i.id}`}>{indicatorFigure(i, ruleSet)}</div>
        </td>
      </tr>
      {open && (
        <tr id={detailId}>
          <td colSpan={3} className={`${classes.td} ${classes.detail}`} data-testid={`detail-${i.id}`}>
            <div>{i.explanation}.</div>
            {notes.length > 0 && (
              <ul className={classes.audit} data-testid={`audit-${i.id}`}>
                {notes.map((n, k) => <li key={k}>{n.message}</li>)}
              </ul>
            )}
            {gaps.map((g, k) => (
              <div key={k} data-testid={`gap-${i.id}`}>
                <div>
                  {gaps.length > 1 ? `${g.label}: ` : ""}
                  {g.line}
                </div>
                {g.total !== null && g.total > 0 && (
                  <>
                    <div>Chưa đạt ({formatInteger(g.total)} {g.noun}):</div>
                    <ul className={classes.people} data-testid={`not-meeting-${i.id}`}>
                      {g.people.map((p, n) => (
                        <li key={n}>
                          {selectRows ? (
                            <button type="button" className={classes.expand} title="Chọn dòng này trong Excel" onClick={() => selectRows(p.sheet, [p.row])}>
                              {notMeetingText(p)}
                            </button>
                          ) : (
                            notMeetingText(p)
                          )}
                        </li>
                      ))}
                      {g.more > 0 && <li>{morePeople(g.more, g.noun)}</li>}
                    </ul>
                  </>
                )}
              </div>
            ))}
            {failing && !listed && (
              <div>
                Dòng chưa đạt (trang tính “{failing.sheet}”): {failing.notQualifying.length ? rowList(failing.sheet, failing.notQualifying, input) : "không có"}.
              </div>
            )}
            {failing && selectRows && (failing.notQualifying.length > 0 || failing.qualifying.length > 0) && (
              <Button size="small" onClick={() => selectRows(failing.sheet, failing.notQualifying.length ? failing.notQualifying : failing.qualifying)}>
                {failing.notQualifying.length ? "Chọn các dòng chưa đạt trong Excel" : "Chọn các dòng dữ liệu trong Excel"}
              </Button>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
