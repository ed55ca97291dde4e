/** The pane's styles: Fluent tokens (they follow the light or dark theme), no fixed colours. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Outcome } from "../src/engine/result";

export const useStyles = makeStyles({
  main: {
    padding: tokens.spacingHorizontalM,
    maxWidth: "560px",
    boxSizing: "border-box",
    // Long file names, URLs in messages: wrap instead of widening the pane.
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  toolbar: { flexWrap: "wrap", paddingLeft: 0, paddingRight: 0 },
  hidden: { display: "none" },
  status: { minHeight: "4px" },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  criterionHeading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, tableLayout: "fixed" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
  td: { padding: "4px 2px", verticalAlign: "top", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  idCol: { width: "44px", whiteSpace: "nowrap" },
  resultCol: { width: "96px" },
  expand: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    margin: 0,
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    display: "block",
    width: "100%",
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  detail: { padding: "4px 6px 8px", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  parts: { margin: "2px 0 0", paddingLeft: "14px", color: tokens.colorNeutralForeground2 },
  audit: { margin: "2px 0", paddingLeft: "16px", color: tokens.colorStatusWarningForeground1 },
  people: { margin: "2px 0 4px", paddingLeft: "16px" },
  noteLine: { margin: `${tokens.spacingVerticalXS} 0`, color: tokens.colorStatusWarningForeground1 },
  card: { marginTop: tokens.spacingVerticalM },
  flush: { margin: 0 },
  issueList: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  issueItem: { marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  notMet: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  top: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  middle: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
  neutral: { fontWeight: tokens.fontWeightSemibold },
});

type Classes = ReturnType<typeof useStyles>;

/** Not met red, the highest level green, a level in between orange (the status tokens of the theme). */
export function outcomeClass(classes: Classes, outcome: Outcome, top: number): string {
  if (outcome === null) return classes.neutral;
  if (outcome === 0) return classes.notMet;
  return outcome >= top ? classes.top : classes.middle;
}

/** The same colours as token values, for the chart's SVG. */
export function outcomeToken(outcome: Outcome, top: number): string {
  if (outcome === 0) return tokens.colorStatusDangerBackground3;
  if (outcome === null) return tokens.colorNeutralForeground3;
  return outcome >= top ? tokens.colorStatusSuccessBackground3 : tokens.colorStatusWarningBackground3;
}
