import { isParamName, type LeafTrace, type SymbolTable } from '../rules/index.js';
import type { PolicyPack, ReasonParameter } from '../pack/index.js';
import type { Bilingual } from '../errors/index.js';
import { formatMargin, formatRuleValue, type DisplayValue } from './display-value.js';
import { write, type TextLanguage, type Text } from './localize.js';
import { operatorText, REASON_WORDS, untranslated } from './messages.js';
import type { Reason } from './types.js';

/** Finds a fact's definition: the whole catalogue, or a narrower one where only some facts can appear. */
export type FactLookup = (name: string) => { readonly label: Bilingual } | undefined;

/** Labels of facts and parameters for reasons. */
export function labelOf(pack: PolicyPack, name: string, facts: FactLookup): Bilingual {
  if (isParamName(name)) {
    const key = name.slice(6);
    const p = pack.parameters[key];
    return p?.label ?? untranslated(key);
  }
  return facts(name)?.label ?? untranslated(name);
}

/** What does not change between evaluations of one compiled leaf: labels, operator words, scales. */
interface LeafTemplate {
  readonly code: string;
  readonly leftScale: number;
  readonly rightScale: number;
  readonly paramKey: string | undefined;
  /** The label of the left-hand fact or parameter. */
  readonly head: Bilingual;
  /** The operator and, when the right side is a fact or parameter, its label. */
  readonly operator: Bilingual;
}

/** Keyed by the compiled leaf's frozen path, which is unique per compiled condition. */
const templates = new WeakMap<object, LeafTemplate>();

function templateOf(
  pack: PolicyPack,
  programmeId: string,
  t: LeafTrace,
  symbols: SymbolTable,
  facts: FactLookup,
): LeafTemplate {
  const hit = templates.get(t.path);
  if (hit) return hit;
  const leftScale = symbols.get(t.fact)?.scale ?? 1;
  const rightScale = t.rightFact !== undefined ? (symbols.get(t.rightFact)?.scale ?? 1) : leftScale;
  const paramName =
    t.rightFact !== undefined && isParamName(t.rightFact) ? t.rightFact : isParamName(t.fact) ? t.fact : undefined;
  const tpl: LeafTemplate = {
    code: `${programmeId}.${t.fact}.${t.operator}`,
    leftScale,
    rightScale,
    paramKey: paramName?.slice(6),
    head: labelOf(pack, t.fact, facts),
    operator: operatorText(t.operator, t.rightFact !== undefined ? labelOf(pack, t.rightFact, facts) : undefined),
  };
  templates.set(t.path, tpl);
  return tpl;
}

/**
 * Turns the leaf traces of one condition into reasons: the values compared as decimal text, the
 * outcome, the margin to flipping numeric tests, and the parameter's figure with its source. The texts are
 * written in `lang` only (default: both languages). Facts are labelled from `facts`: urgency passes the facts of a
 * report's scope only, so that classifying a report does not carry member and supporter facts.
 */
export function buildReasons(
  pack: PolicyPack,
  programmeId: string,
  trace: readonly LeafTrace[],
  symbols: SymbolTable,
  parameterInfo: (key: string) => ReasonParameter | undefined,
  facts: FactLookup,
  lang: TextLanguage = 'both',
): Reason[] {
  const out: Reason[] = new Array(trace.length);
  // Without texts (the compact form) the values are not shown either: only results, margins and figures are read.
  const shown = lang !== 'none';
  for (let i = 0; i < trace.length; i++) {
    const t = trace[i]!;
    const tpl = templateOf(pack, programmeId, t, symbols, facts);
    const left = shown ? formatRuleValue(t.left, tpl.leftScale) : NOT_SHOWN;
    const right = shown ? rightValue(t, tpl.rightScale) : NOT_SHOWN;
    const parameter = tpl.paramKey !== undefined ? parameterInfo(tpl.paramKey) : undefined;
    const margin = tpl.leftScale === tpl.rightScale ? formatMargin(t.left, t.right, tpl.leftScale) : undefined;
    const unverified = parameter !== undefined && !parameter.verified;
    const text = write(lang, REASON_WORDS.test, tpl.head, left, tpl.operator, right, t.result, unverified);
    const reason: Reason = {
      code: tpl.code,
      text: text as Bilingual,
      fact: t.fact,
      operator: t.operator,
      left,
      right,
      result: t.result ?? null,
      path: t.path,
    };
    if (margin !== undefined) {
      (reason as { margin?: string }).margin = margin.text;
      if (shown)
        (reason as { distance?: Text }).distance = describeDistance(
          margin.text,
          margin.sign,
          tpl.leftScale === 100,
          lang,
        );
    }
    if (parameter) (reason as { parameter?: ReasonParameter }).parameter = parameter;
    out[i] = reason;
  }
  return out;
}

/** The value a reason's `left`/`right` has in the compact form, which never shows them. */
const NOT_SHOWN = '' as DisplayValue;

/** The right-hand side as shown: a range `a–b`, or one value. */
function rightValue(t: LeafTrace, scale: number): DisplayValue {
  if (Array.isArray(t.right) && t.right.length === 2 && typeof t.right[0] !== 'string') {
    return `${formatRuleValue(t.right[0] as never, scale)}–${formatRuleValue(t.right[1] as never, scale)}` as DisplayValue;
  }
  return formatRuleValue(t.right as never, scale);
}

/** "20.00 yuan below the limit" / "低于界限 20.00 元": where the value stands against the threshold, exactly. */
export function describeDistance(
  margin: string,
  sign: -1 | 0 | 1,
  money: boolean,
  lang: TextLanguage = 'both',
): Bilingual {
  if (sign === 0) return write(lang, REASON_WORDS.atLimit) as Bilingual;
  const abs = margin.startsWith('-') ? margin.slice(1) : margin;
  // A fraction of a fen shows as 0.00: say "less than 0.01" rather than "exactly".
  const shown = /^0(\.0+)?$/.test(abs) ? (money ? '0.01' : '1') : abs;
  return write(lang, REASON_WORDS.fromLimit, sign < 0 ? 'above' : 'below', shown, shown !== abs, money) as Bilingual;
}
