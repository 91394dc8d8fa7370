import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/_lib/index.js';
import { FACT_CATALOG } from '../src/index.js';
import { DEFAULT_OPERATORS } from '../src/rules/index.js';

// The JSON Schema editors use for pack files: every property described in both languages, conditions typed, and
// every bundled pack accepted (an editor must not flag a valid pack).
const schema = JSON.parse(readFileSync('schema/pack.schema.json', 'utf8')) as Record<string, unknown>;
const PACKS = ['cn', 'chengdu', 'zhongshan', 'qingyang', 'chongqing-yongchuan'];

/** Every property schema under a node, with its path. */
function properties(node: unknown, path: string, out: [string, Record<string, unknown>][] = []) {
  if (typeof node !== 'object' || node === null) return out;
  if (Array.isArray(node)) {
    for (const x of node) properties(x, path, out);
    return out;
  }
  const n = node as Record<string, unknown>;
  for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    out.push([`${path}.${k}`, v]);
    properties(v, `${path}.${k}`, out);
  }
  for (const key of ['additionalProperties', 'items', 'anyOf', 'oneOf', 'allOf', 'then'])
    if (key in n) properties(n[key], path, out);
  return out;
}

describe('schema/pack.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const check = (pack: unknown) =>
    validate(pack) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

  it('describes every property in Chinese and English', () => {
    const defs = Object.entries(schema.$defs as Record<string, unknown>);
    const all = defs.flatMap(([name, def]) => properties(def, name));
    expect(all.length).toBeGreaterThan(150);
    const undescribed = all.filter(([, p]) => typeof p.description !== 'string').map(([path]) => path);
    expect(undescribed).toEqual([]);
    const monolingual = all
      .filter(([, p]) => !/[\u3400-\u9fff]/.test(String(p.description)) || !/[A-Za-z]{2}/.test(String(p.description)))
      .map(([path]) => path);
    expect(monolingual).toEqual([]);
  });

  it('types conditions: fact names and operators as enums', () => {
    const text = JSON.stringify(schema.$defs);
    for (const f of FACT_CATALOG) expect(text).toContain(`"${f.name}"`);
    for (const op of DEFAULT_OPERATORS.keys()) expect(text).toContain(`"${op}"`);
  });

  it.each(PACKS)('accepts the bundled pack %s', (id) => {
    const data = parseYaml(readFileSync(`policies/${id}/pack.yaml`, 'utf8')).value;
    expect(check(data)).toEqual([]);
  });

  it('rejects a misspelt fact, an unknown operator and a value of the wrong shape', () => {
    const data = parseYaml(readFileSync('policies/zhongshan/pack.yaml', 'utf8')).value as Record<string, unknown>;
    const withRule = (eligible: unknown) => ({
      ...data,
      programmes: { p: { name: { zh: 'p', en: 'p' }, category: 'dibao', rank: 1, eligible } },
    });
    expect(check(withRule({ fact: 'incomPerPerson', operator: 'lessThan', value: 1 }))).not.toEqual([]);
    expect(check(withRule({ fact: 'incomePerPerson', operator: 'lessThen', value: 1 }))).not.toEqual([]);
    expect(check(withRule({ fact: 'incomePerPerson', operator: 'lessThan', value: [1, 2] }))).not.toEqual([]);
    expect(check(withRule({ fact: 'age', operator: 'between', value: [16] }))).not.toEqual([]);
    expect(check(withRule({ fact: 'hukou', operator: 'in', value: 'urban' }))).not.toEqual([]);
    expect(
      check(
        withRule({ all: [{ fact: 'incomePerPerson', operator: 'lessThan', value: { fact: 'param:dibao.standard' } }] }),
      ),
    ).toEqual([]);
  });
});
