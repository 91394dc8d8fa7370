/** The what-if on the dibao standard: a slider, and a chart of where this household's category flips. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES, type PolicyPack } from 'safetynet-cn';
import { Chart, type ChartOption } from '../charts.js';
import { type Lang, t, useLang, word } from '../i18n.js';
import type { JsonObject } from './json-schema.js';
import { fenText, sliderRange, type Sweep, sweepStandard } from './what-if.js';

/** The category at standards across the slider's range, once typing pauses (it takes a few dozen decisions). */
function useSweep(pack: PolicyPack, household: JsonObject, asOf: string, range?: { min: number; max: number }) {
  const [sweep, setSweep] = useState<Sweep | undefined>();
  useEffect(() => {
    setSweep(undefined);
    if (!range) return;
    const timer = setTimeout(() => {
      try {
        setSweep(sweepStandard(pack, household, asOf, range.min * 100, range.max * 100));
      } catch {
        setSweep(undefined);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [pack, household, asOf, range?.min, range?.max]);
  return sweep;
}

export function WhatIf(props: {
  pack: PolicyPack;
  household: JsonObject;
  asOf: string;
  standardFen: number | undefined;
  value: number | undefined;
  onValue: (v: number | undefined) => void;
}) {
  const lang = useLang();
  const { standardFen } = props;
  const range = standardFen === undefined ? undefined : sliderRange(standardFen);
  const sweep = useSweep(props.pack, props.household, props.asOf, range);
  const current = props.value ?? (standardFen === undefined ? undefined : Math.round(standardFen / 100));
  const option = useMemo(
    () => (sweep && standardFen !== undefined ? whatIfOption(sweep, standardFen, current, lang) : undefined),
    [sweep, standardFen, current, lang],
  );
  return (
    <section class="what-if card" aria-labelledby="what-if-h">
      <h3 id="what-if-h">{t('whatIf', lang)}</h3>
      {!range || standardFen === undefined || current === undefined ? (
        <p>{t('whatIfUnavailable', lang)}</p>
      ) : (
        <>
          <p class="hint">{t('whatIfIntro', lang)}</p>
          <StandardSlider range={range} current={current} standardFen={standardFen} onValue={props.onValue} />
          {option ? (
            <Chart option={option} label={t('flipsAt', lang)} height={200} testId="what-if-chart" />
          ) : (
            <p class="meta">{t('computing', lang)}</p>
          )}
          {sweep && <Flips sweep={sweep} />}
        </>
      )}
    </section>
  );
}

function StandardSlider(props: {
  range: { min: number; max: number };
  current: number;
  standardFen: number;
  onValue: (v: number | undefined) => void;
}) {
  const lang = useLang();
  return (
    <div class="slider-row">
      <label for="what-if-standard">{t('standard', lang)}</label>
      <input
        id="what-if-standard"
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={1}
        value={props.current}
        onInput={(e) => props.onValue(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for="what-if-standard" data-testid="what-if-value">
        {props.current}
      </output>
      <span class="meta">
        ({t('inForce', lang)} {fenText(props.standardFen)})
      </span>
      <button type="button" class="small" onClick={() => props.onValue(undefined)}>
        {t('reset', lang)}
      </button>
    </div>
  );
}

function Flips(props: { sweep: Sweep }) {
  const lang = useLang();
  const { flips } = props.sweep;
  return (
    <div data-testid="flips">
      <h4>{t('flipsAt', lang)}</h4>
      {flips.length === 0 ? (
        <p>{t('noFlip', lang)}</p>
      ) : (
        <ul>
          {flips.map((f) => (
            <li key={f.at}>
              {t('flipLine', lang, { at: fenText(f.at), from: word(f.from, lang), to: word(f.to, lang) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Category (strongest at the top) against the standard, with the standard in force and the what-if marked. */
function whatIfOption(sweep: Sweep, standardFen: number, current: number | undefined, lang: Lang): ChartOption {
  const order = [...CATEGORIES].reverse();
  const points: [number, string][] = [];
  const flipsAt = new Map(sweep.flips.map((f) => [f.at, f]));
  for (const p of sweep.points) points.push([p.fen / 100, word(p.category, lang)]);
  for (const f of flipsAt.values()) {
    points.push([(f.at - 1) / 100, word(f.from, lang)], [f.at / 100, word(f.to, lang)]);
  }
  points.sort((a, b) => a[0] - b[0]);
  const used = new Set(points.map((p) => p[1]));
  return {
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', scale: true, name: lang === 'zh' ? '元' : 'yuan', axisLabel: { color: '#333' } },
    yAxis: {
      type: 'category',
      data: order.map((c) => word(c, lang)).filter((c) => used.has(c)),
      axisLabel: { color: '#333' },
    },
    series: [
      {
        type: 'line',
        step: 'end',
        name: lang === 'zh' ? '类别' : 'category',
        data: points,
        showSymbol: false,
        lineStyle: { width: 3 },
        markLine: {
          symbol: 'none',
          label: { color: '#333', formatter: '{b}' },
          data: [
            { name: `${lang === 'zh' ? '现行' : 'in force'} ${fenText(standardFen)}`, xAxis: standardFen / 100 },
            ...(current !== undefined && current * 100 !== standardFen
              ? [
                  {
                    name: `${lang === 'zh' ? '试算' : 'what-if'} ${current}`,
                    xAxis: current,
                    lineStyle: { color: '#b3261e' },
                  },
                ]
              : []),
          ],
        },
      },
    ],
  };
}
