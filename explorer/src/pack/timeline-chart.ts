/** The ECharts option of a parameter timeline: a step line per zone or hukou type, gaps where unknown. */
import type { ChartOption } from '../charts.js';
import { type Lang, t, valueLabel } from '../i18n.js';
import type { Segment, Timeline } from './parameter-timeline.js';

/**
 * A decimal text as a number for drawing only: the chart needs a position on the axis. Every label and tooltip
 * shows the exact text; nothing is decided with this number.
 */
export function plotNumber(text: string): number {
  return Number.parseFloat(text);
}

interface Point {
  value: [string, number | null];
  segment?: Segment;
  symbol?: string;
  symbolSize?: number;
  itemStyle?: { color: string };
}

const UNVERIFIED_COLOUR = '#8a4b00';

function seriesPoints(segments: readonly Segment[]): Point[] {
  const points: Point[] = [];
  for (const s of segments) {
    if (s.value === null) {
      points.push({ value: [s.from, null], segment: s });
      continue;
    }
    const y = plotNumber(s.value);
    points.push({
      value: [s.from, y],
      segment: s,
      symbol: s.verified ? 'circle' : 'triangle',
      symbolSize: s.verified ? 7 : 13,
      ...(s.verified ? {} : { itemStyle: { color: UNVERIFIED_COLOUR } }),
    });
    points.push({ value: [s.to, y], segment: s, symbol: 'none' });
  }
  return points;
}

/** Unknown periods, shaded across the chart (they are the same for every series of a parameter). */
function unknownAreas(timeline: Timeline, lang: Lang) {
  const first = [...timeline.series.values()][0] ?? [];
  return first
    .filter((s) => s.value === null)
    .map((s) => [{ xAxis: s.from, name: t('unknown', lang) }, { xAxis: s.to }]);
}

function tooltip(seriesName: string, s: Segment | undefined, lang: Lang): string {
  if (!s) return seriesName;
  const value = s.value ?? t('unknown', lang);
  const mark = s.value === null ? '' : s.verified ? ` ✓ ${t('verified', lang)}` : ` ⚠ ${t('unverified', lang)}`;
  const esc = (x: string) => x.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    `<b>${esc(seriesName)}</b>`,
    `${s.from} → ${s.to}: <b>${esc(value)}</b>${mark}`,
    s.sourceId ? `${t('source', lang)}: ${esc(s.sourceId)}` : '',
    s.note ? `<span style="white-space:normal">${esc(s.note.slice(0, 200))}</span>` : '',
  ]
    .filter(Boolean)
    .join('<br>');
}

/** The chart of one parameter; `label` names the single series of a parameter that is not keyed. */
export function timelineOption(timeline: Timeline, label: string, lang: Lang): ChartOption {
  const entries = [...timeline.series.entries()];
  return {
    grid: { left: 8, right: 16, top: entries.length > 1 ? 30 : 12, bottom: 8, containLabel: true },
    legend: entries.length > 1 ? { top: 0, data: entries.map(([k]) => valueLabel(k, lang)) } : undefined,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesName: string; data: Point }) => tooltip(p.seriesName, p.data?.segment, lang),
    },
    xAxis: { type: 'time', min: timeline.start, max: timeline.end, axisLabel: { hideOverlap: true, color: '#333' } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: '#333' } },
    series: entries.map(([k, segments], i) => ({
      type: 'line',
      name: k === '' ? label : valueLabel(k, lang),
      data: seriesPoints(segments),
      connectNulls: false,
      showAllSymbol: true,
      lineStyle: { width: 2 },
      ...(i === 0
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(120,120,120,0.18)' },
              label: { color: '#333', position: 'insideTop' },
              data: unknownAreas(timeline, lang),
            },
          }
        : {}),
    })),
  };
}
