/**
 * The issue codes: every catalogue is listed once, codes are unique snake_case, every wording renders in
 * both languages for every variant, and docs/errors.md is what `npm run generate` writes from them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERRORS_DOC, ISSUE_CODES_FILE, renderErrorsDoc, renderIssueCodes } from '../scripts/errors-doc.js';
import { messageEntry } from '../src/errors/index.js';
import type { IssueCode } from '../src/index.js';
import { ISSUE_CATALOGS, type CatalogCode } from '../src/issue-codes.js';
import { validatePack, type ValidatePackResult } from '../src/pack/index.js';
import { checkCondition, createSymbolTable } from '../src/rules/index.js';

const all = ISSUE_CATALOGS.flatMap(({ area, catalog }) =>
  Object.entries(catalog).map(([code, entry]) => ({ area, code, entry: messageEntry(entry) })),
);

describe('issue codes', () => {
  it('are unique across catalogues, snake_case', () => {
    const codes = all.map((c) => c.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    expect(codes.filter((c) => !/^[a-z]+(_[a-z0-9]+)+$/.test(c))).toEqual([]);
  });

  it('have a non-empty wording in both languages for every variant, and a one-line fix when given', () => {
    for (const { code, entry } of all) {
      for (const variant of entry.variants ?? [{}]) {
        const text = entry.text(variant);
        expect(text.zh.trim(), code).not.toBe('');
        expect(text.en.trim(), code).not.toBe('');
      }
      if (entry.fix) expect(`${entry.fix.zh}${entry.fix.en}`, code).not.toMatch(/\n/);
    }
  });

  it('IssueCode is the union of catalogue keys', () => {
    expectTypeOf<'rule_unknown_fact'>().toExtend<IssueCode>();
    expectTypeOf<'pack_unknown_key'>().toExtend<IssueCode>();
    expectTypeOf<'calendar_yaml_syntax'>().toExtend<IssueCode>();
    expectTypeOf<'no_such_code'>().not.toExtend<IssueCode>();
    // The generated union is exactly the catalogues' keys (a compile error in `npm run typecheck` otherwise).
    expectTypeOf<IssueCode>().toEqualTypeOf<CatalogCode>();
  });

  it('issues raised by the detectors carry catalogue codes', () => {
    const codes = new Set(all.map((c) => c.code));
    const symbols = createSymbolTable([['age', { type: 'number' }]]);
    const issuesOf = (r: ValidatePackResult) => (r.ok ? [] : r.issues);
    const raised = [
      ...checkCondition({ all: [{ fact: 'agee', operator: 'lt', value: '1e3' }, { any: [] }, 7] }, symbols),
      ...issuesOf(validatePack({ text: 'id: x\nversion: 1\nbogus: [\n' })),
      ...issuesOf(validatePack({ data: { id: 'x', version: '1.0.0', name: { zh: '甲', en: 'A' }, extra: 1 } })),
    ];
    expect(raised.length).toBeGreaterThan(3);
    expect(raised.map((i) => i.code).filter((c) => !codes.has(c))).toEqual([]);
  });

  it(`${ERRORS_DOC} is current (run npm run generate)`, () => {
    expect(readFileSync(ERRORS_DOC, 'utf8')).toBe(renderErrorsDoc());
  });

  it(`${ISSUE_CODES_FILE} (the IssueCode union) is current (run npm run generate)`, () => {
    expect(readFileSync(ISSUE_CODES_FILE, 'utf8')).toBe(renderIssueCodes());
  });
});
