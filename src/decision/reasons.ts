import { isParamName, type LeafTrace, type SymbolTable } from '../rules/index.js';
import type { PolicyPack, ReasonParameter } from '../pack/index.js';
import { getFactDefinition } from '../schema/index.js';
import type { Bilingual } from '../errors/index.js';
import { formatMargin, formatRuleValue, type DisplayValue } from './display.js';
import type { Reason } from './types.js';

const OPERATOR_TEXT: Record<string, { sym: string; zh?: string; en?: string }> = {
  lessThan: { sym: '<' },
  lessThanInclusive: { sym: '≤' },
  greaterThan: { sym: '>' },
  greaterThanInclusive: { sym: '≥' },
  equal: { sym: '=' },
  notEqual: { sym: '≠' },
  in: { sym: '∈', zh: '属于', en: 'is one of' },
  notIn: { sym: '∉', zh: '不属于', en: 'is none of' },
  contains: { sym: '∋', zh: '包含', en: 'includes' },
  doesNotContain: { sym: '∌', zh: '不包含', en: 'does not include' },
  between: { sym: '∈', zh: '介于', en: 'is between' },
};

/** Labels of facts and parameters for reasons. */
export function labelOf(pack: PolicyPack, name: string): Bilingual {
  if (isParamName(name)) {
    const key = name.slice(6);
    const p = pack.parameters[key];
    return p?.label ?? { zh: key, en: key };
  }
  return getFactDefinition(name)?.label ?? { zh: name, en: name };
}

/** What does not change between evaluations of one compiled leaf: labels, operator words, scales. */
interface LeafTemplate {
  readonly code: string;
  readonly leftScale: number;
  readonly rightScale: number;
  readonly paramKey: string | undefined;
  readonly zhHead: string;
  readonly enHead: string;
  readonly zhOp: string;
  readonly enOp: string;
}

/** Keyed by the compiled leaf's frozen path, which is unique per compiled condition. */
const templates = new WeakMap<object, LeafTemplate>();

function templateOf(pack: PolicyPack, programmeId: string, t: LeafTrace, symbols: SymbolTable): LeafTemplate {
  const hit = templates.get(t.path);
  if (hit) return hit;
  const leftScale = symbols.get(t.fact)?.scale ?? 1;
  const rightScale = t.rightFact !== undefined ? (symbols.get(t.rightFact)?.scale ?? 1) : leftScale;
  const paramName =
    t.rightFact !== undefined && isParamName(t.rightFact) ? t.rightFact : isParamName(t.fact) ? t.fact : undefined;
  const op = OPERATOR_TEXT[t.operator] ?? { sym: t.operator };
  const lLabel = labelOf(pack, t.fact);
  const rLabel = t.rightFact !== undefined ? labelOf(pack, t.rightFact) : undefined;
  const tpl: LeafTemplate = {
    code: `${programmeId}.${t.fact}.${t.operator}`,
    leftScale,
    rightScale,
    paramKey: paramName?.slice(6),
    zhHead: lLabel.zh,
    enHead: lLabel.en,
    zhOp: `${op.zh ?? op.sym} ${rLabel ? `${rLabel.zh} ` : ''}`,
    enOp: `${op.en ?? op.sym} ${rLabel ? `${rLabel.en} ` : ''}`,
  };
  templates.set(t.path, tpl);
  return tpl;
}

const show = (v: DisplayValue, zh: boolean): string =>
  v === null
    ? zh
      ? '未知'
      : 'unknown'
    : Array.isArray(v)
      ? `[${v.join(', ')}]`
      : typeof v === 'boolean'
        ? zh
          ? v
            ? '是'
            : '否'
          : v
            ? 'yes'
            : 'no'
        : String(v);

/**
 * Turns the leaf traces of one condition into reasons: the values compared as decimal text, the
 * outcome, the margin to flipping numeric tests, and the parameter's figure with its source.
 */
export function buildReasons(
  pack: PolicyPack,
  programmeId: string,
  trace: readonly LeafTrace[],
  symbols: SymbolTable,
  parameterInfo: (key: string) => ReasonParameter | undefined,
): Reason[] {
  const out: Reason[] = new Array(trace.length);
  for (let i = 0; i < trace.length; i++) {
    const t = trace[i]!;
    const tpl = templateOf(pack, programmeId, t, symbols);
    const left = formatRuleValue(t.left, tpl.leftScale);
    const right =
      Array.isArray(t.right) && t.right.length === 2 && typeof t.right[0] !== 'string'
        ? (`${formatRuleValue(t.right[0] as never, tpl.rightScale)}–${formatRuleValue(t.right[1] as never, tpl.rightScale)}` as DisplayValue)
        : formatRuleValue(t.right as never, tpl.rightScale);
    const parameter = tpl.paramKey !== undefined ? parameterInfo(tpl.paramKey) : undefined;
    const margin = tpl.leftScale === tpl.rightScale ? formatMargin(t.left, t.right, tpl.leftScale) : undefined;
    const unverified = parameter !== undefined && !parameter.verified;
    const zhOutcome = t.result === undefined ? '（无法判断）' : t.result ? '（满足）' : '（不满足）';
    const enOutcome = t.result === undefined ? ' (unknown)' : t.result ? ' (met)' : ' (not met)';
    const text: Bilingual = {
      zh: `${tpl.zhHead} ${show(left, true)} ${tpl.zhOp}${show(right, true)}${zhOutcome}${unverified ? '；数值未经核实' : ''}`,
      en: `${tpl.enHead} ${show(left, false)} ${tpl.enOp}${show(right, false)}${enOutcome}${unverified ? '; figure not verified' : ''}`,
    };
    const reason: Reason = {
      code: tpl.code,
      text,
      fact: t.fact,
      operator: t.operator,
      left,
      right,
      result: t.result ?? null,
      path: t.path,
    };
    if (margin !== undefined) {
      (reason as { margin?: string }).margin = margin.text;
      (reason as { distance?: Bilingual }).distance = describeDistance(margin.text, margin.sign, tpl.leftScale === 100);
    }
    if (parameter) (reason as { parameter?: ReasonParameter }).parameter = parameter;
    out[i] = reason;
  }
  return out;
}

/** "20.00 yuan below the limit" / "低于界限 20.00 元": where the value stands against the threshold, exactly. */
export function describeDistance(margin: string, sign: -1 | 0 | 1, money: boolean): Bilingual {
  if (sign === 0) return { zh: '恰好等于界限', en: 'exactly at the limit' };
  const abs = margin.startsWith('-') ? margin.slice(1) : margin;
  const zhUnit = money ? ' 元' : '';
  const enUnit = money ? ' yuan' : '';
  // A fraction of a fen shows as 0.00: say "less than 0.01" rather than "exactly".
  const shown = /^0(\.0+)?$/.test(abs) ? (money ? '0.01' : '1') : abs;
  const less = shown !== abs;
  return sign < 0
    ? {
        zh: `高于界限${less ? '不足' : ' '}${shown}${zhUnit}`,
        en: `${less ? 'less than ' : ''}${shown}${enUnit} above the limit`,
      }
    : {
        zh: `低于界限${less ? '不足' : ' '}${shown}${zhUnit}`,
        en: `${less ? 'less than ' : ''}${shown}${enUnit} below the limit`,
      };
}
