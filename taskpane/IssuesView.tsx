/** Data problems grouped by severity (errors first) and trang tính, each group collapsible with its count. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1 } from "@fluentui/react-components";
import type { DataIssue } from "../src/engine/issues";
import { groupIssues, paneWording, placeInSheet, SEVERITY_LABEL } from "./present";
import { useStyles } from "./styles";

export function IssuesView({ issues }: { issues: DataIssue[] }) {
  const classes = useStyles();
  if (issues.length === 0) return <Body1 as="p">Không có vấn đề dữ liệu nào.</Body1>;
  const groups = groupIssues(issues);
  const key = (k: number) => `nhom-${k}`;
  // Errors open; warnings and notes closed until asked for.
  const openItems = groups.flatMap((g, k) => (g.severity === "error" ? [key(k)] : []));
  return (
    <section aria-labelledby="van-de-du-lieu">
      <h2 id="van-de-du-lieu" className={classes.heading}>Vấn đề dữ liệu ({issues.length})</h2>
      <Accordion multiple collapsible defaultOpenItems={openItems} data-testid="issues">
        {groups.map((g, k) => (
          <AccordionItem key={key(k)} value={key(k)}>
            <AccordionHeader size="small" data-testid={`issue-group-${g.severity}`}>
              {SEVERITY_LABEL[g.severity]} — {g.sheet ? `trang tính “${g.sheet}”` : "sổ làm việc"} ({g.issues.length})
            </AccordionHeader>
            <AccordionPanel>
              <ul className={classes.issueList}>
                {g.issues.map((i, n) => {
                  const where = placeInSheet(i);
                  return (
                    <li key={n} className={classes.issueItem}>
                      {where ? <strong>{where}: </strong> : null}
                      {paneWording(i.message)}
                      {i.fix ? <> <em>Cách sửa: {paneWording(i.fix)}</em></> : null}
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
