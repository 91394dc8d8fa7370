/** Try a household: a form from the household schema, the decision as you type, a what-if on the standard. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES, type Decision, evaluate, type Issue, type PolicyPack, SafetynetError } from 'safetynet-cn';
import householdSchema from 'safetynet-cn/schema/household.schema.json';
import cases from '../../../examples/cases.json';
import { Chart, type ChartOption } from '../charts.js';
import { IssueList } from '../common.js';
import { type Lang, t, useLang, word } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { DecisionPanel } from './decision-panel.js';
import type { JsonObject, JsonSchema } from './json-schema.js';
import { type FormContext, ObjectFields } from './schema-form.js';
import { fenText, sliderRange, STANDARD, standardUsed, type Sweep, sweepStandard, toFen } from './what-if.js';

const EXAMPLE_FILES = import.meta.glob<JsonObject>('../../../examples/households/*.json', {
  eager: true,
  import: 'default',
});

/** The example households of `examples/cases.json`: pack, date and household. */
export const EXAMPLES = (cases as { file: string; pack: string; asOf: string; title: string }[]).map((c) => ({
  ...c,
  household: EXAMPLE_FILES[`../../../examples/${c.file}`]!,
}));

const ROOT = householdSchema as unknown as JsonSchema;
const HOUSEHOLD = ROOT.$defs!.Household!;

const PRIMARY = {
  household: ['district', 'hukou', 'members', 'propertyTestPassed', 'expenditure', 'assets'],
  member: ['relation', 'birthDate', 'incomes', 'disability', 'labourCapacity', 'severeIllness', 'hasAbleSupporter'],
};

type Outcome = { decision: Decision } | { issues: readonly Issue[] };

function decide(pack: PolicyPack, household: JsonObject, asOf: string, overrides?: Record<string, string>): Outcome {
  try {
    return { decision: evaluate(pack, household, { asOf, ...(overrides ? { overrides } : {}) }) };
  } catch (e) {
    if (e instanceof SafetynetError) return { issues: e.issues };
    throw e;
  }
}

export interface HouseholdState {
  readonly household: JsonObject;
  /** What-if standard in whole yuan, or undefined for the standard in force. */
  readonly whatIf?: number;
}

export function HouseholdView(props: {
  entry: PackEntry;
  asOf: string;
  onAsOf: (day: string) => void;
  state: HouseholdState;
  onState: (s: HouseholdState) => void;
  onExample: (packId: string, asOf: string, household: JsonObject) => void;
}) {
  const lang = useLang();
  const { pack } = props.entry;
  const { household, whatIf } = props.state;
  const base = useMemo(() => decide(pack, household, props.asOf), [pack, household, props.asOf]);
  const standard = 'decision' in base ? standardUsed(base.decision) : undefined;
  const standardFen = standard === undefined ? undefined : toFen(standard);
  const hasStandard = Object.hasOwn(pack.parameters, STANDARD);
  const overridden = whatIf !== undefined && standardFen !== undefined && whatIf * 100 !== standardFen;
  const shown = useMemo(
    () => (overridden ? decide(pack, household, props.asOf, { [STANDARD]: String(whatIf) }) : base),
    [overridden, base, pack, household, props.asOf, whatIf],
  );
  const ctx: FormContext = useMemo(
    () => ({ root: ROOT, suggestions: { district: Object.values(pack.zones).flat() }, primary: PRIMARY }),
    [pack],
  );

  return (
    <div class="view household-view">
      <div class="toolbar">
        <label>
          {t('asOf', lang)}{' '}
          <input
            type="date"
            value={props.asOf}
            onInput={(e) => props.onAsOf((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('example', lang)}{' '}
          <select
            value=""
            onChange={(e) => {
              const i = Number((e.currentTarget as HTMLSelectElement).value);
              const ex = EXAMPLES[i];
              if (ex) props.onExample(ex.pack, ex.asOf, structuredClone(ex.household));
            }}
          >
            <option value="">{t('exampleNone', lang)}</option>
            {EXAMPLES.map((ex, i) => (
              <option key={ex.file} value={i}>
                {ex.pack} · {ex.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => props.onState({ household: { members: [{}] } })}>
          {t('blankHousehold', lang)}
        </button>
      </div>
      <div class="two-columns">
        <section class="form-column" aria-labelledby="household-h">
          <h2 id="household-h">{t('household', lang)}</h2>
          <p class="hint">{t('householdIntro', lang)}</p>
          <form onSubmit={(e) => e.preventDefault()} data-testid="household-form">
            <ObjectFields
              schema={HOUSEHOLD}
              value={household}
              path={[]}
              ctx={ctx}
              primaryKey="household"
              onChange={(v) => props.onState({ ...props.state, household: v })}
            />
          </form>
        </section>
        <section class="decision-column" aria-labelledby="decision-h">
          <h2 id="decision-h">{t('decision', lang)}</h2>
          {overridden && (
            <p class="what-if-banner" data-testid="what-if-banner">
              {t('whatIfActive', lang, { value: String(whatIf) })}
            </p>
          )}
          {'decision' in shown ? (
            <DecisionPanel decision={shown.decision}>
              {hasStandard && (
                <WhatIf
                  pack={pack}
                  household={household}
                  asOf={props.asOf}
                  standardFen={standardFen}
                  value={whatIf}
                  onValue={(v) => props.onState({ ...props.state, whatIf: v })}
                />
              )}
            </DecisionPanel>
          ) : (
            <>
              <p class="error-text">{t('inputProblems', lang)}</p>
              <IssueList issues={shown.issues} testId="household-issues" />
            </>
          )}
        </section>
      </div>
      {'decision' in shown && (
        <div class="phone-summary" aria-hidden="true">
          {t('category', lang)}: {word(shown.decision.category, lang)}
          {overridden ? ` · ${t('whatIfActive', lang, { value: String(whatIf) })}` : ''}
        </div>
      )}
    </div>
  );
}

function WhatIf(props: {
  pack: PolicyPack;
  household: JsonObject;
  asOf: string;
  standardFen: number | undefined;
  value: number | undefined;
  onValue: (v: number | undefined) => void;
}) {
  const lang = useLang();
  const { standardFen } = props;
  const [sweep, setSweep] = useState<Sweep | undefined>();
  const range = standardFen === undefined ? undefined : sliderRange(standardFen);

  // The sweep evaluates the household a few dozen times: wait until typing pauses.
  useEffect(() => {
    setSweep(undefined);
    if (!range) return;
    const timer = setTimeout(() => {
      try {
        setSweep(sweepStandard(props.pack, props.household, props.asOf, range.min * 100, range.max * 100));
      } catch {
        setSweep(undefined);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [props.pack, props.household, props.asOf, range?.min, range?.max]);

  const current = props.value ?? (standardFen === undefined ? undefined : Math.round(standardFen / 100));
  const option = useMemo(
    () => (sweep && standardFen !== undefined ? whatIfOption(sweep, standardFen, current, lang) : undefined),
    [sweep, standardFen, current, lang],
  );
  return (
    <section class="what-if card" aria-labelledby="what-if-h">
      <h3 id="what-if-h">{t('whatIf', lang)}</h3>
      {!range || standardFen === undefined ? (
        <p>{t('whatIfUnavailable', lang)}</p>
      ) : (
        <>
          <p class="hint">{t('whatIfIntro', lang)}</p>
          <div class="slider-row">
            <label for="what-if-standard">{t('standard', lang)}</label>
            <input
              id="what-if-standard"
              type="range"
              min={range.min}
              max={range.max}
              step={1}
              value={current}
              onInput={(e) => props.onValue(Number((e.currentTarget as HTMLInputElement).value))}
            />
            <output for="what-if-standard" data-testid="what-if-value">
              {current}
            </output>
            <span class="meta">
              ({t('inForce', lang)} {fenText(standardFen)})
            </span>
            <button type="button" class="small" onClick={() => props.onValue(undefined)}>
              {t('reset', lang)}
            </button>
          </div>
          {option ? (
            <Chart option={option} label={t('flipsAt', lang)} height={200} testId="what-if-chart" />
          ) : (
            <p class="meta">{t('computing', lang)}</p>
          )}
          {sweep && (
            <div data-testid="flips">
              <h4>{t('flipsAt', lang)}</h4>
              {sweep.flips.length === 0 ? (
                <p>{t('noFlip', lang)}</p>
              ) : (
                <ul>
                  {sweep.flips.map((f) => (
                    <li key={f.at}>
                      {t('flipLine', lang, { at: fenText(f.at), from: word(f.from, lang), to: word(f.to, lang) })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </section>
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
