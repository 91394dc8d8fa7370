import { describe, expect, it } from 'vitest';
import { FACT_CATALOG } from './fact-catalog.js';
import { InputError } from '../errors/index.js';
import { REPORT_CHANNELS } from './report.js';
import { parseReport, validateReport } from './validate-report.js';

const ok = { receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline' };

function issuesOf(input: unknown): [string, string][] {
  const r = validateReport(input);
  if (r.ok) return [];
  return r.issues.map((i) => [i.code, i.path.join('.')]);
}

describe('validateReport', () => {
  it('accepts a minimal report and every timestamp form the calendar accepts', () => {
    for (const receivedAt of [
      '2024-09-30T17:30:00+08:00',
      '2024-09-30T09:30:00Z',
      '2024-09-30T17:30+08:00',
      '2024-09-30T17:30:00.123456+0800',
      '2024-09-30T05:30:00-04',
    ]) {
      expect(validateReport({ receivedAt }).ok, receivedAt).toBe(true);
    }
  });

  it('rejects a timestamp without an offset, or not a timestamp, with its own code', () => {
    expect(issuesOf({ receivedAt: '2024-09-30T17:30:00' })).toEqual([['report_missing_offset', 'receivedAt']]);
    for (const bad of [
      '2024-09-30',
      '2024-02-30T10:00:00+08:00',
      '2024-09-30 17:30:00+08:00',
      'yesterday',
      '2024-09-30T24:00:00Z',
    ]) {
      expect(issuesOf({ receivedAt: bad }), bad).toEqual([['report_bad_timestamp', 'receivedAt']]);
    }
    expect(issuesOf({})).toEqual([['report_missing_field', 'receivedAt']]);
    expect(issuesOf({ receivedAt: 1727688600000 })).toEqual([['report_wrong_type', 'receivedAt']]);
  });

  it('accepts a Date as receivedAt (copied as an ISO string)', () => {
    const r = validateReport({ receivedAt: new Date('2024-09-30T09:30:00Z') });
    expect(r.ok && r.value.receivedAt).toBe('2024-09-30T09:30:00.000Z');
  });

  it('lists every problem at once, each with its path', () => {
    const issues = issuesOf({
      receivedAt: '2024-09-30T17:30:00',
      channel: 'fax',
      situations: ['fire', 'flood'],
      peopleAffected: -1,
      lifeAtRisk: 'yes',
      colour: 'red',
      household: { members: [{ incomes: [{ type: 'wage', monthly: '-5' }] }] },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        ['report_missing_offset', 'receivedAt'],
        ['report_invalid_value', 'channel'],
        ['report_invalid_value', 'situations.1'],
        ['report_too_small', 'peopleAffected'],
        ['report_wrong_type', 'lifeAtRisk'],
        ['report_unknown_key', 'colour'],
        ['report_invalid_format', 'household.members.0.incomes.0.monthly'],
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('refuses prototype keys without polluting anything', () => {
    const input = JSON.parse(
      '{"receivedAt":"2024-09-30T17:30:00+08:00","__proto__":{"polluted":true},"household":{"members":[{}],"constructor":1}}',
    );
    expect(issuesOf(input)).toEqual([
      ['report_forbidden_key', '__proto__'],
      ['report_forbidden_key', 'household.constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects non-integer and zero people counts and over-long notes', () => {
    expect(issuesOf({ ...ok, peopleAffected: 1.5 })).toEqual([['report_wrong_type', 'peopleAffected']]);
    expect(issuesOf({ ...ok, peopleAffected: 0 })).toEqual([['report_too_small', 'peopleAffected']]);
    expect(issuesOf({ ...ok, note: 'x'.repeat(2001) })).toEqual([['report_too_big', 'note']]);
    expect(issuesOf({ ...ok, urgency: 'Emergency' })).toEqual([['report_invalid_format', 'urgency']]);
  });

  it('rejects input that is not an object', () => {
    for (const bad of [null, 'report', 42, [ok]]) expect(validateReport(bad).ok, String(bad)).toBe(false);
  });

  it('returns a copy: the input is never modified, the output never aliases it', () => {
    const input = { ...ok, situations: ['fire' as const] };
    const frozen = Object.freeze({ ...input, situations: Object.freeze([...input.situations]) });
    const parsed = parseReport(frozen);
    expect(parsed).toEqual(input);
    expect(parsed.situations).not.toBe(frozen.situations);
  });

  it('parseReport throws InputError report_invalid carrying the issues', () => {
    try {
      parseReport({ receivedAt: 'now', channel: 'fax' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe('report_invalid');
      expect((err as InputError).issues.map((i) => i.code)).toEqual(['report_bad_timestamp', 'report_invalid_value']);
    }
  });

  it('offers the same channels as the report fact `channel` of the catalog', () => {
    expect(FACT_CATALOG.find((f) => f.name === 'channel')?.values).toEqual([...REPORT_CHANNELS]);
  });
});
