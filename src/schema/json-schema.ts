import * as z from 'zod/mini';
import { DEFAULT_OPERATORS, describeOperator } from '../rules/index.js';
import { FACT_CATALOG } from './fact-catalog.js';
import { registerFieldDocs } from './field-docs.js';
import { propertyDoc } from './pack-docs.js';
import { conditionSchema, policyPackSchema } from './pack.js';

type Json = Record<string, unknown>;

const bilingualText = (zh: string, en: string) => `${zh} / ${en}`;

/** A fact name or `param:<key>`: the names an editor completes. */
const FACT_NAME: Json = {
  description: bilingualText(
    '事实名称（safetynet facts 列出）或 param:<参数键名>',
    'A fact (safetynet facts lists them) or param:<key>',
  ),
  anyOf: [
    { enum: FACT_CATALOG.map((f) => f.name) },
    { type: 'string', pattern: '^param:[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*$' },
  ],
};

const FACT_REF: Json = {
  type: 'object',
  description: bilingualText('与另一事实或参数比较', 'Compare with another fact or a parameter'),
  required: ['fact'],
  properties: { fact: FACT_NAME },
  additionalProperties: false,
};

const DECIMAL: Json = { type: 'string', pattern: '^\\d+(\\.\\d+)?$' };

/** What `value` must be for each group of operators. */
const VALUE_BY_OPERATOR: readonly [readonly string[], Json][] = [
  [
    ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'],
    { anyOf: [{ type: 'number' }, DECIMAL, FACT_REF] },
  ],
  [['equal', 'notEqual'], { anyOf: [{ type: ['number', 'boolean', 'string'] }, FACT_REF] }],
  [['in', 'notIn'], { anyOf: [{ type: 'array', items: { type: 'string' } }, FACT_REF] }],
  [['contains', 'doesNotContain'], { anyOf: [{ type: 'string' }, FACT_REF] }],
  [['between'], { type: 'array', items: { anyOf: [{ type: 'number' }, DECIMAL] }, minItems: 2, maxItems: 2 }],
];

const operatorDescription = [...DEFAULT_OPERATORS.values()]
  .map((op) => `${op.name}: ${describeOperator(op)?.en ?? ''}`)
  .join('; ');

/** `name` and `priority`, which every condition node may carry. */
const CONDITION_META = {
  name: { type: 'string', description: bilingualText('条件名称（可选）', 'Name of the condition (optional)') },
  priority: {
    type: 'number',
    description: bilingualText('json-rules-engine 的求值顺序', 'json-rules-engine evaluation order'),
  },
};

/** `{ all: [...] }` or `{ any: [...] }`. */
function conditionGroup(key: 'all' | 'any', zh: string, en: string): Json {
  return {
    type: 'object',
    required: [key],
    properties: {
      [key]: { type: 'array', items: { $ref: '#/$defs/Condition' }, description: bilingualText(zh, en) },
      ...CONDITION_META,
    },
    additionalProperties: false,
  };
}

/** `{ fact, operator, value }`, the value's shape following the operator. */
function conditionLeaf(): Json {
  return {
    type: 'object',
    required: ['fact', 'operator', 'value'],
    properties: {
      fact: FACT_NAME,
      operator: {
        enum: [...DEFAULT_OPERATORS.keys()],
        description: bilingualText('运算符（safetynet operators 列出）', `Operator — ${operatorDescription}`),
      },
      value: {
        description: bilingualText('比较的值：字面值或 { fact }', 'What to compare with: a literal or { fact }'),
      },
      ...CONDITION_META,
    },
    additionalProperties: false,
    allOf: VALUE_BY_OPERATOR.map(([ops, value]) => ({
      if: { properties: { operator: { enum: ops } }, required: ['operator'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
      then: {
        properties: {
          value: { ...value, description: bilingualText(`${ops.join('、')} 的值`, `The value of ${ops.join(', ')}`) },
        },
      },
    })),
  };
}

/** The full shape of a json-rules-engine condition, for editors (the runtime check lives in src/rules). */
function conditionJsonSchema(): Json {
  return {
    description: bilingualText(
      '条件：{ all: [...] }、{ any: [...] }、{ not: {...} } 或 { fact, operator, value }',
      'A condition: { all: [...] } | { any: [...] } | { not: {...} } | { fact, operator, value }',
    ),
    oneOf: [
      conditionGroup('all', '全部成立', 'every condition holds'),
      conditionGroup('any', '任一成立', 'at least one condition holds'),
      {
        type: 'object',
        required: ['not'],
        properties: {
          not: { $ref: '#/$defs/Condition', description: bilingualText('不成立', 'the condition does not hold') },
          ...CONDITION_META,
        },
        additionalProperties: false,
      },
      conditionLeaf(),
    ],
  };
}

/**
 * Puts a bilingual description on every property of an exported schema, from {@link propertyDoc}: the
 * owner of a property is the definition it sits in, or the property holding its inline object.
 */
function describeProperties(node: unknown, owner: string): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const x of node) describeProperties(x, owner);
    return;
  }
  const n = node as Json;
  const props = n.properties as Record<string, Json> | undefined;
  for (const [key, prop] of Object.entries(props ?? {})) {
    const doc = propertyDoc(owner, key);
    if (doc) prop.description = bilingualText(doc.zh, doc.en);
    describeProperties(prop, key);
  }
  for (const key of ['additionalProperties', 'items', 'anyOf', 'oneOf', 'allOf'])
    if (key in n) describeProperties(n[key], owner);
}

/**
 * The JSON Schema (draft 2020-12) of a pack file, for editors: reference it from a pack with
 * `# yaml-language-server: $schema=../../schema/pack.schema.json`. Every property carries a description in
 * Chinese and English; conditions are typed (fact names and operators as enums, the value's shape following
 * the operator), so editors complete and check rules. Shipped as `safetynet/schema/pack.schema.json`.
 *
 * @example
 * writeFileSync('pack.schema.json', JSON.stringify(packJsonSchema(), null, 2));
 */
export function packJsonSchema(): Record<string, unknown> {
  registerFieldDocs(); // the primitives' descriptions (a day, money)
  const schema = z.toJSONSchema(policyPackSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      if (ctx.zodSchema === conditionSchema) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, conditionJsonSchema());
      }
    },
  }) as Record<string, unknown>;
  for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, unknown>))
    if (name !== 'Condition') describeProperties(def, name);
  return schema;
}
