/**
 * Apache ECharts, tree-shaken: `echarts/core` with only the charts and components the explorer draws (lines for
 * parameter timelines and the what-if, bars and a Sankey for a version comparison), rendered as SVG.
 */
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from './i18n.js';

// Named once, here: the bundler keeps only the members used (the namespaces are not kept whole).
echarts.use([
  charts.BarChart,
  charts.LineChart,
  charts.SankeyChart,
  components.AriaComponent,
  components.GridComponent,
  components.LegendComponent,
  components.MarkAreaComponent,
  components.MarkLineComponent,
  components.TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** Colours with enough contrast on white for lines and labels (WCAG AA for text at 12 px and up). */
export const PALETTE = ['#1f5fae', '#b3261e', '#2e7d32', '#7b3fa0', '#8a5a00', '#00707a', '#5d4037'];

/**
 * One chart. `label` is what a screen reader hears for it (ECharts' own aria description is added to it);
 * the data behind every chart is also on the page as text or a table.
 */
export function Chart(props: { option: ChartOption; label: string; height?: number; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const lang = useLang();
  const [near, setNear] = useState(false);

  // A pack has a few dozen parameters: draw a chart when it comes near the screen, not all at once.
  useEffect(() => {
    if (near) return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '300px',
    });
    observer.observe(ref.current!);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    if (!near) return;
    const el = ref.current!;
    const instance = echarts.init(el, null, { renderer: 'svg', locale: lang === 'zh' ? 'ZH' : 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [lang, near]);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: PALETTE,
        textStyle: { fontFamily: 'inherit' },
        aria: { enabled: true, label: { enabled: true } },
        animation: false,
        ...props.option,
      },
      true,
    );
  }, [props.option, lang, near]);

  return (
    <figure class="chart" aria-label={props.label} data-testid={props.testId}>
      <div ref={ref} style={{ height: `${props.height ?? 220}px` }} />
    </figure>
  );
}
