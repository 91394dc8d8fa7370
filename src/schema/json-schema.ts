import * as z from 'zod/mini';
import { conditionSchema, policyPackSchema } from './pack.js';

/** The full shape of a json-rules-engine condition, for editors (the runtime check lives in src/rules). */
const CONDITION_JSON_SCHEMA = {
  description:
    'A json-rules-engine condition: { all: [...] } | { any: [...] } | { not: {...} } | { fact, operator, value }',
  oneOf: [
    {
      type: 'object',
      required: ['all'],
      properties: {
        all: { type: 'array', items: { $ref: '#/$defs/Condition' } },
        name: { type: 'string' },
        priority: { type: 'number' },
      },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['any'],
      properties: {
        any: { type: 'array', items: { $ref: '#/$defs/Condition' } },
        name: { type: 'string' },
        priority: { type: 'number' },
      },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['not'],
      properties: { not: { $ref: '#/$defs/Condition' }, name: { type: 'string' }, priority: { type: 'number' } },
      additionalProperties: false,
    },
    {
      type: 'object',
      required: ['fact', 'operator', 'value'],
      properties: {
        fact: { type: 'string', description: 'A fact name (e.g. incomePerPerson) or param:<key>' },
        operator: {
          enum: [
            'equal',
            'notEqual',
            'lessThan',
            'lessThanInclusive',
            'greaterThan',
            'greaterThanInclusive',
            'in',
            'notIn',
            'contains',
            'doesNotContain',
          ],
        },
        value: {
          anyOf: [
            { type: ['string', 'number', 'boolean'] },
            { type: 'array', items: { type: ['string', 'number'] } },
            {
              type: 'object',
              required: ['fact'],
              properties: { fact: { type: 'string' } },
              additionalProperties: false,
            },
          ],
        },
        name: { type: 'string' },
        priority: { type: 'number' },
      },
      additionalProperties: false,
    },
  ],
};

/**
 * The JSON Schema (draft 2020-12) of a pack file, for editors: reference it from a pack with
 * `# yaml-language-server: $schema=../../schema/pack.schema.json`. Shipped as `safetynet/schema/pack.schema.json`.
 *
 * @example
 * writeFileSync('pack.schema.json', JSON.stringify(packJsonSchema(), null, 2));
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policyPackSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override(ctx) {
      if (ctx.zodSchema === conditionSchema) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, CONDITION_JSON_SCHEMA);
      }
    },
  }) as Record<string, unknown>;
  return schema;
}
