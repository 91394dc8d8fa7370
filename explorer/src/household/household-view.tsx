/** Try a household: a form from the household schema, the decision as you type, a what-if on the standard. */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { type Decision, evaluate, type Issue, type PolicyPack, SafetynetError } from 'safetynet-cn';
import householdSchema from 'safetynet-cn/schema/household.schema.json';
import cases from '../../../examples/cases.json';
import { IssueList } from '../common.js';
import { t, useLang, word } from '../i18n.js';
import type { PackEntry } from '../packs.js';
import { DecisionPanel } from './decision-panel.js';
import type { JsonObject, JsonSchema } from './json-schema.js';
import { type FormContext, ObjectFields } from './schema-form.js';
import { STANDARD, standardUsed, toFen } from './what-if.js';
import { WhatIf } from './what-if-panel.js';

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

/**
 * The decision shown: with the what-if standard when one is set and differs from the standard in force for this
 * household (which the decision without it tells: its zone's or hukou's figure).
 */
function useDecision(pack: PolicyPack, household: JsonObject, asOf: string, whatIf: number | undefined) {
  const base = useMemo(() => decide(pack, household, asOf), [pack, household, asOf]);
  const standard = 'decision' in base ? standardUsed(base.decision) : undefined;
  const standardFen = standard === undefined ? undefined : toFen(standard);
  const overridden = whatIf !== undefined && standardFen !== undefined && whatIf * 100 !== standardFen;
  const shown = useMemo(
    () => (overridden ? decide(pack, household, asOf, { [STANDARD]: String(whatIf) }) : base),
    [overridden, base, pack, household, asOf, whatIf],
  );
  return { shown, standardFen, overridden };
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
  const { shown, standardFen, overridden } = useDecision(pack, household, props.asOf, whatIf);
  const whatIfText = overridden ? t('whatIfActive', lang, { value: String(whatIf) }) : undefined;

  return (
    <div class="view household-view">
      <Toolbar
        asOf={props.asOf}
        onAsOf={props.onAsOf}
        onExample={props.onExample}
        onBlank={() => props.onState({ household: { members: [{}] } })}
      />
      <div class="two-columns">
        <HouseholdForm
          pack={pack}
          household={household}
          onChange={(v) => props.onState({ ...props.state, household: v })}
        />
        <DecisionColumn
          shown={shown}
          whatIfText={whatIfText}
          whatIf={
            Object.hasOwn(pack.parameters, STANDARD) && (
              <WhatIf
                pack={pack}
                household={household}
                asOf={props.asOf}
                standardFen={standardFen}
                value={whatIf}
                onValue={(v) => props.onState({ ...props.state, whatIf: v })}
              />
            )
          }
        />
      </div>
      {'decision' in shown && (
        <div class="phone-summary" aria-hidden="true">
          {t('category', lang)}: {word(shown.decision.category, lang)}
          {whatIfText ? ` · ${whatIfText}` : ''}
        </div>
      )}
    </div>
  );
}

/** The household form, generated from the household JSON Schema; districts suggested from the pack's zones. */
function HouseholdForm(props: { pack: PolicyPack; household: JsonObject; onChange: (v: JsonObject) => void }) {
  const lang = useLang();
  const { pack } = props;
  const ctx: FormContext = useMemo(
    () => ({ root: ROOT, suggestions: { district: Object.values(pack.zones).flat() }, primary: PRIMARY }),
    [pack],
  );
  return (
    <section class="form-column" aria-labelledby="household-h">
      <h2 id="household-h">{t('household', lang)}</h2>
      <p class="hint">{t('householdIntro', lang)}</p>
      <form onSubmit={(e) => e.preventDefault()} data-testid="household-form">
        <ObjectFields
          schema={HOUSEHOLD}
          value={props.household}
          path={[]}
          ctx={ctx}
          primaryKey="household"
          onChange={props.onChange}
        />
      </form>
    </section>
  );
}

/** The decision (or the input's problems), with the what-if under its category. */
function DecisionColumn(props: { shown: Outcome; whatIfText: string | undefined; whatIf: ComponentChildren }) {
  const lang = useLang();
  const { shown } = props;
  return (
    <section class="decision-column" aria-labelledby="decision-h">
      <h2 id="decision-h">{t('decision', lang)}</h2>
      {props.whatIfText && (
        <p class="what-if-banner" data-testid="what-if-banner">
          {props.whatIfText}
        </p>
      )}
      {'decision' in shown ? (
        <DecisionPanel decision={shown.decision}>{props.whatIf}</DecisionPanel>
      ) : (
        <>
          <p class="error-text">{t('inputProblems', lang)}</p>
          <IssueList issues={shown.issues} testId="household-issues" />
        </>
      )}
    </section>
  );
}

/** The decision date, the example households and a blank household. */
function Toolbar(props: {
  asOf: string;
  onAsOf: (day: string) => void;
  onExample: (packId: string, asOf: string, household: JsonObject) => void;
  onBlank: () => void;
}) {
  const lang = useLang();
  return (
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
            const ex = EXAMPLES[Number((e.currentTarget as HTMLSelectElement).value)];
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
      <button type="button" onClick={props.onBlank}>
        {t('blankHousehold', lang)}
      </button>
    </div>
  );
}
