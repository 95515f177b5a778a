import { useId } from 'react';
import styles from './staff.module.css';

const WIDTH = 300;
const ROW = 28;
const LABEL = 96;

// Horizontal bars in plain SVG, scaled to the longest; the figures are also in the text around
// it, so the chart is a picture with a title for screen readers, not the only source.
export function ResponseTimeChart({
  bars,
  title,
  format,
}: {
  bars: { label: string; seconds: number | null }[];
  title: string;
  format: (seconds: number | null) => string;
}) {
  const titleId = useId();
  const longest = Math.max(1, ...bars.map((bar) => bar.seconds ?? 0));
  const span = WIDTH - LABEL - 70;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {bars.map((bar, i) => {
        const width = bar.seconds ? Math.max(2, (bar.seconds / longest) * span) : 0;
        const y = i * ROW;
        return (
          <g key={bar.label}>
            <text x={0} y={y + ROW / 2} dominantBaseline="middle" className={styles.chartLabel}>
              {bar.label}
            </text>
            <rect x={LABEL} y={y + 6} width={width} height={ROW - 12} rx={3} className={i === 0 ? styles.barMedian : styles.barP90} />
            <text x={LABEL + width + 6} y={y + ROW / 2} dominantBaseline="middle" className={styles.chartValue}>
              {format(bar.seconds)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
