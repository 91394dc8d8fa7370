import { isIsoDay } from '../dates/index.js';
import { type Bilingual, SafetynetError } from '../errors/index.js';
import { resolveParameter, type PolicyPack } from '../pack/index.js';
import { DEFAULT_OPERATORS, describeOperator, type OperatorDefinition } from '../rules/index.js';
import { FACT_CATALOG, type FactDefinition, type FactScope } from '../schema/index.js';
import type { Command } from './commands.js';
import { FLAGS, type Values } from './flags.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';

type Lang = 'both' | 'zh' | 'en';

const LANG_FLAG = {
  ...FLAGS.lang,
  value: '<both|zh|en>',
  description: 'language of the descriptions',
  default: 'both',
};

function langOf(v: Values): Lang {
  const lang = (v.lang as string | undefined) ?? 'both';
  if (lang !== 'both' && lang !== 'zh' && lang !== 'en')
    throw new SafetynetError('usage', '--lang must be both, zh or en');
  return lang;
}

function say(text: Bilingual, lang: Lang): string {
  return lang === 'both' ? `${text.zh} / ${text.en}` : text[lang];
}

/** Rows as aligned columns (the last column is not padded). */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ')}`.trimEnd());
}

const SCOPES: Readonly<Record<FactScope, string>> = {
  household: 'household facts — every rule may name them (except supporters.unable)',
  member: 'member facts — programmes with subject: member, and screening transitions',
  report: 'report facts — urgency classes',
  supporter: 'supporter facts — supporters.unable only',
};

/** A fact's type and unit as a rule writer needs them. */
function factType(f: FactDefinition): { type: string; unit: string } {
  switch (f.kind) {
    case 'money':
      return { type: 'number', unit: 'yuan' };
    case 'years':
      return { type: 'number', unit: 'years' };
    case 'count':
      return { type: 'integer', unit: '' };
    case 'ratio':
      return { type: 'number', unit: 'ratio' };
    case 'boolean':
      return { type: 'boolean', unit: '' };
    case 'string':
      return { type: 'text', unit: '' };
    default:
      return { type: 'list', unit: '' };
  }
}

/** `safetynet facts`: every fact a rule may name, by scope, with its type, unit and description. */
export const factsCommand: Command = {
  summary: 'list the facts a rule may name: type, unit and description (zh/en), by scope',
  usage: 'safetynet facts [--scope household|member|report|supporter] [--lang both|zh|en] [--json]',
  examples: ['safetynet facts', 'safetynet facts --scope member --lang zh', 'safetynet facts --json'],
  options: {
    scope: { type: 'string', value: '<scope>', description: 'only household, member, report or supporter facts' },
    lang: LANG_FLAG,
    json: { type: 'boolean', description: 'print the facts as JSON' },
  },
  run(_args, v, io) {
    const lang = langOf(v);
    const scope = v.scope as FactScope | undefined;
    if (scope !== undefined && !(scope in SCOPES))
      throw new SafetynetError('usage', '--scope must be household, member, report or supporter');
    const facts = FACT_CATALOG.filter((f) => scope === undefined || f.scope === scope);
    if (io.json) {
      io.out(
        JSON.stringify(
          facts.map((f) => ({ ...f, ...factType(f) })),
          null,
          2,
        ),
      );
      return 0;
    }
    for (const s of Object.keys(SCOPES) as FactScope[]) {
      const list = facts.filter((f) => f.scope === s);
      if (!list.length) continue;
      io.out(io.paint('bold', SCOPES[s]));
      const rows = list.map((f) => {
        const t = factType(f);
        return [f.name, t.type, t.unit, `${say(f.label, lang)}${f.values ? ` — ${f.values.join(' | ')}` : ''}`];
      });
      for (const line of columns([['name', 'type', 'unit', 'description'], ...rows])) io.out(line);
      io.out('');
    }
    io.out(`${facts.length} facts. A parameter is named param:<key> (safetynet parameters <pack>).`);
    return 0;
  },
};

/** What an operator takes, for each fact type it applies to. */
function operatorShapes(op: OperatorDefinition): { facts: string; value: string } {
  const entries = Object.entries(op.signatures);
  const rightText = (right: string, allowFact: boolean) => {
    const base =
      right === 'range'
        ? '[low, high]'
        : right === 'number'
          ? 'a number ("870" or 60)'
          : right === 'string[]'
            ? 'a list of texts'
            : right === 'boolean'
              ? 'true or false'
              : 'a text';
    return `${base}${allowFact ? ' or { fact }' : ''}`;
  };
  const values = [...new Set(entries.map(([, s]) => rightText(s!.right, s!.allowFact)))];
  return {
    facts: entries.map(([t]) => (t === 'string[]' ? 'list' : t === 'string' ? 'text' : t)).join(', '),
    value: values.join('; '),
  };
}

/** `safetynet operators`: the operators a rule may use, the facts they apply to and the value each takes. */
export const operatorsCommand: Command = {
  summary: 'list the operators a rule may use: the fact types they apply to and the value each takes',
  usage: 'safetynet operators [--lang both|zh|en] [--json]',
  examples: ['safetynet operators', 'safetynet operators --json'],
  options: { lang: LANG_FLAG, json: { type: 'boolean', description: 'print the operators as JSON' } },
  run(_args, v, io) {
    const lang = langOf(v);
    const ops = [...DEFAULT_OPERATORS.values()];
    if (io.json) {
      const list = ops.map((op) => ({ name: op.name, ...operatorShapes(op), description: describeOperator(op) }));
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    const rows = ops.map((op) => {
      const s = operatorShapes(op);
      const description = describeOperator(op);
      return [op.name, s.facts, s.value, description ? say(description, lang) : ''];
    });
    for (const line of columns([['operator', 'fact types', 'value', 'description'], ...rows])) io.out(line);
    io.out('');
    io.out('A value { fact: "param:dibao.standard" } compares with a parameter, { fact: "age" } with another fact.');
    return 0;
  },
};

/** A parameter's value in force, as one cell: `870`, `A 870 · B 820`, `unknown`, `not in force`. */
function valueOn(pack: PolicyPack, key: string, asOf: string): string {
  if (!pack.parameters[key]?.values.length) return 'no values (set by each city)';
  let r: ReturnType<typeof resolveParameter>;
  try {
    r = resolveParameter(pack, key, asOf);
  } catch {
    return 'not in force yet';
  }
  if (r.status === 'unknown') return `unknown from ${r.from}`;
  if (r.value === undefined) return '—';
  const value =
    typeof r.value === 'string'
      ? r.value
      : Object.entries(r.value)
          .map(([k, x]) => `${k} ${x}`)
          .join(' · ');
  return `${value} (from ${r.from}${r.verified ? '' : ', unverified'})`;
}

/** `safetynet parameters <pack>`: the pack's parameters with unit, keying, label and the value in force. */
export const parametersCommand: Command = {
  summary: "list a pack's parameters: unit, keying, description (zh/en) and the value in force on a date",
  usage: 'safetynet parameters <pack id|dir> [--as-of YYYY-MM-DD] [--lang both|zh|en] [--json]',
  examples: ['safetynet parameters chengdu', 'safetynet parameters policies/zhongshan --as-of 2022-06-01 --lang en'],
  options: {
    'as-of': { ...FLAGS.asOf, description: 'the date whose values are shown' },
    lang: LANG_FLAG,
    json: { type: 'boolean', description: 'print the parameters as JSON' },
  },
  run(args, v, io) {
    const lang = langOf(v);
    const asOf = (v['as-of'] as string | undefined) ?? io.today;
    if (!isIsoDay(asOf)) throw new SafetynetError('usage', '--as-of must be YYYY-MM-DD');
    if (args.length !== 1) throw new SafetynetError('usage', 'parameters takes one pack: a bundled id or a directory');
    const arg = resolvePackArg(args[0]!);
    notePack(io, arg);
    const params = Object.values(arg.pack.parameters).sort((a, b) => a.key.localeCompare(b.key));
    if (io.json) {
      const list = params.map(({ values: _v, ...p }) => ({
        ...p,
        name: `param:${p.key}`,
        asOf,
        inForce: valueOn(arg.pack, p.key, asOf),
      }));
      io.out(JSON.stringify(list, null, 2));
      return 0;
    }
    const rows = params.map((p) => [
      p.key,
      `${p.unit}${p.by ? ` by ${p.by}` : ''}`,
      p.definedIn,
      valueOn(arg.pack, p.key, asOf),
      p.label ? say(p.label, lang) : '',
    ]);
    for (const line of columns([['key', 'unit', 'defined in', `value on ${asOf}`, 'label'], ...rows])) io.out(line);
    io.out('');
    io.out(
      `${params.length} parameters. In a rule: { fact: incomePerPerson, operator: lessThan, value: { fact: "param:<key>" } }`,
    );
    return 0;
  },
};
