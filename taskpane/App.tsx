import { FluentProvider, Title3, Body1, webLightTheme, Table, TableHeader, TableRow, TableHeaderCell, TableBody, TableCell } from "@fluentui/react-components";
import { RULE_SETS } from "../src/rules";
import { formatPercent } from "../src/engine/format";
import { parseThreshold, thresholdValue } from "../src/engine/threshold";
import type { LevelRequirement } from "../src/rules/types";

function requirementText(requirement: LevelRequirement | undefined): string {
  if (!requirement) return "";
  if (requirement.threshold) return `≥ ${formatPercent(thresholdValue(parseThreshold(requirement.threshold)))}`;
  if (requirement.minimum) return `từ “${requirement.minimum}”`;
  return "Đạt";
}

export function App() {
  const ruleSet = RULE_SETS[0]!;
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3>dvht – Đơn vị học tập</Title3>
        <Body1 as="p">{ruleSet.title}</Body1>
        <Table size="small" aria-label="Chỉ tiêu và ngưỡng">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Chỉ tiêu</TableHeaderCell>
              {ruleSet.levels.map((l) => (
                <TableHeaderCell key={l.level}>{l.label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ruleSet.indicators.flatMap((indicator) =>
              indicator.parts.map((part) => (
                <TableRow key={part.id}>
                  <TableCell>{`${part.id} ${part.label}`}</TableCell>
                  {ruleSet.levels.map((l) => (
                    <TableCell key={l.level} title={part.levels[l.level]?.cite}>
                      {requirementText(part.levels[l.level])}
                    </TableCell>
                  ))}
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      </main>
    </FluentProvider>
  );
}
