/** Each share chỉ tiêu's ratio as a bar, with its thresholds as marks (plain SVG). */
import type { Evaluation } from "../src/engine/result";
import type { RuleSet } from "../src/rules/types";
import { formatPercent } from "../src/engine/format";
import { parseThreshold, thresholdValue } from "../src/engine/threshold";

export function BarChart({ evaluation, ruleSet }: { evaluation: Evaluation; ruleSet: RuleSet }) {
  const rows = evaluation.indicators.filter((i) => i.ratio !== null && i.level !== null);
  const W = 300;
  const left = 40;
  const barH = 14;
  const gap = 8;
  const height = rows.length * (barH + gap) + 20;
  const x = (v: number) => left + v * (W - left - 10);
  const top = Math.max(...ruleSet.levels.map((l) => l.level));
  const [first, last] = [ruleSet.levels[0], ruleSet.levels[ruleSet.levels.length - 1]];
  return (
    <svg width="100%" viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Tỷ lệ từng chỉ tiêu so với ngưỡng">
      {rows.map((ind, i) => {
        const y = i * (barH + gap) + 4;
        const part = ruleSet.indicators.find((r) => r.id === ind.id)?.parts[0];
        const thresholds = ruleSet.levels
          .map((l) => part?.levels[l.level]?.threshold)
          .filter((t): t is NonNullable<typeof t> => t !== undefined)
          .map((t) => thresholdValue(parseThreshold(t)));
        const color = ind.level === 0 ? "#c50f1f" : ind.level === top ? "#107c10" : "#0f6cbd";
        return (
          <g key={ind.id}>
            <text x={0} y={y + barH - 3} fontSize={10}>{ind.id}</text>
            <rect x={left} y={y} width={x(1) - left} height={barH} fill="#f0f0f0" />
            <rect x={left} y={y} width={x(ind.ratio!) - left} height={barH} fill={color} />
            {thresholds.map((t, k) => (
              <line key={k} x1={x(t)} x2={x(t)} y1={y - 2} y2={y + barH + 2} stroke="#242424" strokeWidth={1.5} strokeDasharray={k === 0 ? "2,2" : undefined} />
            ))}
            <text x={x(1) - 38} y={y + barH - 3} fontSize={9} fill={ind.ratio! > 0.85 ? "#fff" : "#242424"}>{formatPercent(ind.ratio!)}</text>
          </g>
        );
      })}
      {first && last && first !== last && (
        <text x={left} y={height - 4} fontSize={9}>Vạch đứt: ngưỡng {first.name} · vạch liền: ngưỡng {last.name}</text>
      )}
    </svg>
  );
}
