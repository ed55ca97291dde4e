/**
 * Each chỉ tiêu as a bar (plain SVG, theme colours): its ratio with the thresholds as marks, or under a
 * points-based rule set its points against the maximum. Labels sit outside the bars so that no mark
 * covers them.
 */
import { tokens } from "@fluentui/react-components";
import type { Evaluation } from "../src/engine/result";
import type { RuleSet } from "../src/rules/types";
import { formatPercent, formatPoints } from "../src/engine/format";
import { parseThreshold, thresholdValue } from "../src/engine/threshold";
import { decidingPart, isScored } from "./present";
import { outcomeToken } from "./styles";

interface Bar {
  id: string;
  share: number;
  label: string;
  fill: string;
  thresholds: number[];
}

function bars(evaluation: Evaluation, ruleSet: RuleSet): Bar[] {
  const top = Math.max(...ruleSet.levels.map((l) => l.level));
  if (isScored(evaluation)) {
    return evaluation.indicators
      .filter((i) => (i.maxPoints ?? 0) > 0)
      .map((i) => ({
        id: i.id,
        share: Math.min(1, (i.points ?? 0) / i.maxPoints!),
        label: `${formatPoints(i.points ?? 0)}/${formatPoints(i.maxPoints!)}`,
        fill: tokens.colorBrandBackground,
        thresholds: [],
      }));
  }
  return evaluation.indicators.flatMap((i) => {
    const part = decidingPart(i, ruleSet);
    if (!part || part.ratio === null || i.level === null) return [];
    const rule = ruleSet.indicators.find((r) => r.id === i.id)?.parts.find((p) => p.id === part.id);
    const thresholds = ruleSet.levels
      .map((l) => rule?.levels[l.level]?.threshold)
      .filter((t): t is NonNullable<typeof t> => t !== undefined)
      .map((t) => thresholdValue(parseThreshold(t)));
    return [{ id: i.id, share: Math.min(1, part.ratio), label: formatPercent(part.ratio), fill: outcomeToken(i.level, top), thresholds }];
  });
}

export function BarChart({ evaluation, ruleSet }: { evaluation: Evaluation; ruleSet: RuleSet }) {
  const rows = bars(evaluation, ruleSet);
  if (rows.length === 0) return null;
  const W = 300;
  const left = 30;
  const right = 52;
  const barH = 14;
  const gap = 8;
  const scored = isScored(evaluation);
  const [first, last] = [ruleSet.levels[0], ruleSet.levels[ruleSet.levels.length - 1]];
  const legend = !scored && first && last && first !== last;
  const height = rows.length * (barH + gap) + (legend ? 22 : 4);
  const x = (v: number) => left + v * (W - left - right);
  const text = { fill: tokens.colorNeutralForeground1 };
  return (
    <svg width="100%" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={scored ? "Điểm từng chỉ tiêu so với điểm tối đa" : "Tỷ lệ từng chỉ tiêu so với ngưỡng"} data-testid="chart">
      {rows.map((bar, i) => {
        const y = i * (barH + gap) + 4;
        return (
          <g key={bar.id}>
            <text x={0} y={y + barH - 3} fontSize={11} style={text}>{bar.id}</text>
            <rect x={left} y={y} width={x(1) - left} height={barH} style={{ fill: tokens.colorNeutralBackground4 }} />
            <rect x={left} y={y} width={x(bar.share) - left} height={barH} style={{ fill: bar.fill }} />
            {bar.thresholds.map((t, k) => (
              <line key={k} x1={x(t)} x2={x(t)} y1={y - 2} y2={y + barH + 2} strokeWidth={1.5} strokeDasharray={k === 0 ? "2,2" : undefined} style={{ stroke: tokens.colorNeutralForeground1 }} />
            ))}
            <text x={x(1) + 4} y={y + barH - 3} fontSize={11} style={text}>{bar.label}</text>
          </g>
        );
      })}
      {legend && (
        <text x={0} y={height - 6} fontSize={10} style={text}>Vạch đứt: ngưỡng {first.name} · vạch liền: ngưỡng {last.name}</text>
      )}
    </svg>
  );
}
