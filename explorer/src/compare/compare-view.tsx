/** Compare versions: two packs (or two dates, or a what-if) over a population → the diff and who moves. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Issue, type PackDiff, type PopulationRecord, SafetynetError } from 'safetynet-cn';
import { diffPacks, parsePopulation } from 'safetynet-cn/authoring';
import examplePopulation from '../../../examples/population.jsonl?raw';
import { Chart, type ChartOption } from '../charts.js';
import { IssueList, Table } from '../common.js';
import { type Lang, t, useLang, word } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { categoryFlows } from './flows.js';

export interface CompareState {
  readonly oldKey: string;
  readonly oldAsOf: string;
  readonly newKey: string;
  readonly newAsOf: string;
  /** What-if dibao standard for the new side: `1200` or `A:950,B:900`; blank for none. */
  readonly override: string;
  readonly population?: { readonly name: string; readonly records: PopulationRecord[]; readonly issues: Issue[] };
}

/** `1200` → "1200"; `A:950,B:900` → { A: "950", B: "900" }; undefined when blank; an Error when malformed. */
export function parseOverride(text: string): string | Record<string, string> | undefined | Error {
  const s = text.trim();
  if (s === '') return undefined;
  const decimal = /^\d{1,10}(\.\d{1,2})?$/;
  if (decimal.test(s)) return s;
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const [k, v] = part.split(':').map((x) => x.trim());
    if (!k || !v || !decimal.test(v)) return new Error(part);
    out[k] = v;
  }
  return out;
}

type Result = { diff: PackDiff } | { issues: readonly Issue[] } | { error: string };

/** The diff of the two sides, computed after the inputs settle (a population takes a moment). */
function useDiff(oldEntry: PackEntry, newEntry: PackEntry, state: CompareState): Result | undefined {
  const [result, setResult] = useState<Result | undefined>();
  useEffect(() => {
    setResult(undefined);
    const timer = setTimeout(() => {
      const override = parseOverride(state.override);
      if (override instanceof Error) return setResult({ error: override.message });
      try {
        const diff = diffPacks(oldEntry.pack, newEntry.pack, {
          asOf: state.oldAsOf,
          newAsOf: state.newAsOf,
          ...(state.population ? { population: state.population.records } : {}),
          ...(override !== undefined ? { overrides: { 'dibao.standard': override } } : {}),
        });
        setResult({ diff });
      } catch (e) {
        if (e instanceof SafetynetError) setResult({ issues: e.issues });
        else setResult({ error: String(e) });
      }
    }, 30);
    return () => clearTimeout(timer);
  }, [oldEntry, newEntry, state.oldAsOf, state.newAsOf, state.override, state.population]);
  return result;
}

export function CompareView(props: {
  entries: readonly PackEntry[];
  state: CompareState;
  onState: (s: CompareState) => void;
}) {
  const lang = useLang();
  const { state, entries } = props;
  const set = (patch: Partial<CompareState>) => props.onState({ ...state, ...patch });
  const oldEntry = entries.find((e) => e.key === state.oldKey) ?? entries[0]!;
  const newEntry = entries.find((e) => e.key === state.newKey) ?? entries[0]!;
  const result = useDiff(oldEntry, newEntry, state);
  return (
    <div class="view compare-view">
      <div class="sides">
        <Side side="old" entries={entries} entry={oldEntry} asOf={state.oldAsOf} state={state} set={set} />
        <Side side="new" entries={entries} entry={newEntry} asOf={state.newAsOf} state={state} set={set} />
      </div>
      <PopulationDrop state={state} set={set} />
      {!result ? (
        <p>{t('computing', lang)}</p>
      ) : 'error' in result ? (
        <p class="error-text">
          {t('compareError', lang)}: {result.error}
        </p>
      ) : 'issues' in result ? (
        <>
          <p class="error-text">{t('compareError', lang)}</p>
          <IssueList issues={result.issues} />
        </>
      ) : (
        <DiffResult diff={result.diff} />
      )}
    </div>
  );
}

type SetCompare = (patch: Partial<CompareState>) => void;

/** One side of the comparison: a pack, a date and, on the new side, a what-if standard. */
function Side(props: {
  side: 'old' | 'new';
  entries: readonly PackEntry[];
  entry: PackEntry;
  asOf: string;
  state: CompareState;
  set: SetCompare;
}) {
  const lang = useLang();
  const { side, set } = props;
  return (
    <fieldset class="card">
      <legend>{t(side === 'old' ? 'oldSide' : 'newSide', lang)}</legend>
      <label>
        {t('pack', lang)}{' '}
        <select
          data-testid={`${side}-pack`}
          value={props.entry.key}
          onChange={(e) => set({ [`${side}Key`]: (e.currentTarget as HTMLSelectElement).value })}
        >
          {props.entries.map((e) => (
            <option key={e.key} value={e.key}>
              {e.pack.id} {e.pack.version}
              {e.dropped ? ` (${t('dropped', lang)})` : ''}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('asOf', lang)}{' '}
        <input
          type="date"
          data-testid={`${side}-as-of`}
          value={props.asOf}
          onInput={(e) => set({ [`${side}AsOf`]: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      {side === 'new' && (
        <label class="block">
          {t('overrideLabel', lang)}{' '}
          <input
            type="text"
            data-testid="override"
            value={props.state.override}
            onInput={(e) => set({ override: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      )}
    </fieldset>
  );
}

/** Where a population file is dropped or chosen (JSON Lines, or CSV by its extension), or the example taken. */
function PopulationDrop(props: { state: CompareState; set: SetCompare }) {
  const lang = useLang();
  const { population } = props.state;
  const load = (name: string, text: string) => {
    const { records, issues } = parsePopulation(text, /\.csv$/i.test(name) ? 'csv' : 'jsonl', name);
    props.set({ population: { name, records, issues } });
  };
  const onFiles = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void file.text().then((text) => load(file.name, text));
  };
  return (
    <section
      class="card dropzone"
      aria-labelledby="population-h"
      data-testid="population-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onFiles(e.dataTransfer?.files);
      }}
    >
      <h2 id="population-h">{t('population', lang)}</h2>
      <p>{t('populationHint', lang)}</p>
      <label class="button">
        {t('choosePopulation', lang)}
        <input
          type="file"
          accept=".jsonl,.json,.csv,.txt"
          class="visually-hidden"
          data-testid="population-file"
          onChange={(e) => onFiles((e.currentTarget as HTMLInputElement).files)}
        />
      </label>{' '}
      <button type="button" onClick={() => load('examples/population.jsonl', examplePopulation)}>
        {t('useExample', lang)}
      </button>
      {population && (
        <p data-testid="population-loaded">
          <code>{population.name}</code>: {population.records.length} {t('households', lang)}
        </p>
      )}
      {population && population.issues.length > 0 && <IssueList issues={population.issues} />}
    </section>
  );
}

/** A what-if as text: `dibao.standard = 1200`, `dibao.standard = A 950 / B 900`. */
function overridesText(overrides: NonNullable<PackDiff['overrides']>): string {
  const value = (v: string | Readonly<Record<string, string>>) =>
    typeof v === 'string'
      ? v
      : Object.entries(v)
          .map(([z, x]) => `${z} ${x}`)
          .join(' / ');
  return Object.entries(overrides)
    .map(([k, v]) => `${k} = ${value(v)}`)
    .join('; ');
}

function DiffResult(props: { diff: PackDiff }) {
  const lang = useLang();
  const d = props.diff;
  const limit = (name: 'firstResponse' | 'disposal', c?: { old?: string; new?: string }) =>
    c ? ` · ${t(name, lang)} ${c.old ?? '—'} → ${c.new ?? '—'}` : '';
  return (
    <div class="diff" data-testid="diff">
      <h2>
        <code>{d.old.id}</code> {d.old.version} ({d.old.asOf}) → <code>{d.new.id}</code> {d.new.version} ({d.new.asOf})
      </h2>
      {d.overrides && (
        <p class="what-if-banner" data-testid="diff-overrides">
          {t('whatIfOn', lang)}: {overridesText(d.overrides)}
        </p>
      )}
      {d.population && <Population diff={d} />}
      <ParameterChanges diff={d} />
      <ChangeList
        title={t('programmeChanges', lang)}
        rows={d.programmes.map((p) => `${p.id}: ${p.change} (${p.fields.join(', ')})`)}
      />
      <ChangeList
        title={t('urgencyChanges', lang)}
        rows={d.urgency.map(
          (u) => `${u.id}: ${u.change}${limit('firstResponse', u.firstResponse)}${limit('disposal', u.disposal)}`,
        )}
      />
      <ChangeList
        title={t('sectionChanges', lang)}
        rows={d.sections.map(
          (s) => `${s.section} ${s.id}: ${s.change}${s.old || s.new ? ` (${s.old ?? '—'} → ${s.new ?? '—'})` : ''}`,
        )}
      />
    </div>
  );
}

function ParameterChanges(props: { diff: PackDiff }) {
  const lang = useLang();
  const { parameters } = props.diff;
  return (
    <section aria-labelledby="param-changes-h">
      <h3 id="param-changes-h">{t('parameterChanges', lang)}</h3>
      {parameters.length === 0 ? (
        <p>{t('noChanges', lang)}</p>
      ) : (
        <Table head={['key', 'from', 'old', 'new', 'source']}>
          {parameters.flatMap((p) =>
            p.entries.map((e, i) => (
              <tr key={`${p.key}-${e.from}`}>
                <td>{i === 0 ? <code>{p.key}</code> : ''}</td>
                <td>{e.from}</td>
                <td>{e.old ?? '—'}</td>
                <td>{e.new ?? '—'}</td>
                <td class="meta">{[e.oldSource, e.newSource].filter(Boolean).join(' → ')}</td>
              </tr>
            )),
          )}
        </Table>
      )}
    </section>
  );
}

function ChangeList(props: { title: string; rows: string[] }) {
  const lang = useLang();
  return (
    <section>
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <p>{t('noChanges', lang)}</p>
      ) : (
        <ul>
          {props.rows.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Population(props: { diff: PackDiff }) {
  const lang = useLang();
  const p = props.diff.population!;
  const sankey = useMemo(() => sankeyOption(props.diff, lang), [props.diff, lang]);
  const bars = useMemo(() => barsOption(props.diff, lang), [props.diff, lang]);
  return (
    <section aria-labelledby="impact-h" data-testid="impact">
      <h3 id="impact-h">{t('impact', lang)}</h3>
      <p data-testid="impact-line">
        {t('impactLine', lang, { n: p.households, cat: p.categoryChanged, status: p.statusChanged })}
      </p>
      <div class="two-columns">
        <div>
          <h4>{t('flows', lang)}</h4>
          <Chart option={sankey} label={t('flows', lang)} height={320} testId="sankey" />
        </div>
        <div>
          <h4>{t('categoryCounts', lang)}</h4>
          <Chart option={bars} label={t('categoryCounts', lang)} height={320} testId="category-bars" />
        </div>
      </div>
      <Transitions transitions={p.transitions} />
      {p.examples.length > 0 && (
        <details>
          <summary>{t('examples', lang)}</summary>
          <ul>
            {p.examples.map((e) => (
              <li key={e.id}>
                <code>{e.id}</code>: {word(e.oldCategory, lang)} → {word(e.newCategory, lang)}{' '}
                <span class="meta">
                  {Object.entries(e.programmes)
                    .map(([id, s]) => `${id} ${s}`)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {p.errors.length > 0 && (
        <details>
          <summary>
            {t('invalidRecords', lang)}: {p.errors.length}
          </summary>
          <ul>
            {p.errors.map((e) => (
              <li key={e.id}>
                <code>{e.id}</code> {e.code}: {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

const CATEGORY_COLOURS: Record<string, string> = {
  'special-poverty': '#7b3fa0',
  dibao: '#2e7d32',
  edge: '#b58100',
  'expenditure-hardship': '#00707a',
  temporary: '#1f5fae',
  'relatively-difficult': '#8a5a00',
  none: '#6b7480',
};

/** The category changes with their counts, most first. */
function Transitions(props: { transitions: Readonly<Record<string, number>> }) {
  const lang = useLang();
  const rows = Object.entries(props.transitions).sort(([, a], [, b]) => b - a);
  if (rows.length === 0) return null;
  return (
    <Table head={['old', 'new', 'count']} testId="transitions" caption={t('transitions', lang)}>
      {rows.map(([k, n]) => {
        const [from, to] = k.split('→') as [string, string];
        return (
          <tr key={k}>
            <td>{word(from, lang)}</td>
            <td>{word(to, lang)}</td>
            <td>{n}</td>
          </tr>
        );
      })}
    </Table>
  );
}

function sankeyOption(diff: PackDiff, lang: Lang): ChartOption {
  const flows = categoryFlows(diff.population!);
  const side = (s: 'old' | 'new') => (lang === 'zh' ? (s === 'old' ? '原' : '新') : s);
  const nodeName = (s: 'old' | 'new', c: string) => `${word(c, lang)} (${side(s)})`;
  const names = new Set<string>();
  const categoryOf = new Map<string, string>();
  for (const f of flows) {
    categoryOf.set(nodeName('old', f.from), f.from);
    categoryOf.set(nodeName('new', f.to), f.to);
  }
  // A category has one colour on both sides, so a flow that keeps its colour is a household that stayed.
  const colourOf = (name: string) => CATEGORY_COLOURS[categoryOf.get(name) ?? ''] ?? '#5d4037';
  for (const f of flows) {
    names.add(nodeName('old', f.from));
    names.add(nodeName('new', f.to));
  }
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 120,
        top: 8,
        bottom: 8,
        nodeAlign: 'justify',
        emphasis: { focus: 'adjacency' },
        label: { color: '#222' },
        lineStyle: { color: 'gradient', opacity: 0.45 },
        data: [...names].map((name) => ({ name, itemStyle: { color: colourOf(name) } })),
        links: flows.map((f) => ({
          source: nodeName('old', f.from),
          target: nodeName('new', f.to),
          value: f.count,
        })),
      },
    ],
  };
}

function barsOption(diff: PackDiff, lang: Lang): ChartOption {
  const p = diff.population!;
  const cats = [...new Set([...Object.keys(p.categories.old), ...Object.keys(p.categories.new)])];
  return {
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, itemGap: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', axisLabel: { color: '#333' } },
    yAxis: { type: 'category', data: cats.map((c) => word(c, lang)), axisLabel: { color: '#333' } },
    series: (['old', 'new'] as const).map((s) => ({
      type: 'bar',
      name: `${t(s, lang)} ${diff[s].asOf ?? diff[s].version}`,
      data: cats.map((c) => p.categories[s][c] ?? 0),
      label: { show: true, position: 'right', color: '#222' },
    })),
  };
}
