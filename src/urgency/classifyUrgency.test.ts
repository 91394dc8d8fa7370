import { describe, expect, it } from 'vitest';
import { InputError, PackError } from '../errors/index.js';
import { getBundledPack } from '../pack/index.js';
import { buildTestPack, TEST_PACK_YAML } from '../../test/helpers/sla-pack.js';
import { compileUrgency } from './_lib/compileUrgency.js';
import { classifyUrgency } from './classifyUrgency.js';
import { errorOf } from '../../test/helpers/errors.js';

const pack = buildTestPack();
const at = '2024-09-30T17:30:00+08:00';

describe('classifyUrgency', () => {
  it('picks the most urgent class whose condition is true, with the reasons', () => {
    const c = classifyUrgency(pack, { receivedAt: at, channel: 'hotline', lifeAtRisk: true, basicNeedsUnmet: true });
    expect(c).toMatchObject({
      class: 'emergency',
      name: { zh: '特急', en: 'emergency' },
      priority: 0,
      matched: 'rule',
      undetermined: [],
      missing: [],
    });
    expect(c.reasons.map((r) => [r.code, r.result])).toEqual([
      ['emergency.lifeAtRisk.equal', true],
      ['emergency.situations.contains', null],
      ['emergency.situations.contains', null],
    ]);
  });

  it('falls to a less urgent class when the more urgent ones are false', () => {
    const c = classifyUrgency(pack, { receivedAt: at, lifeAtRisk: false, situations: [], peopleAffected: 4 });
    expect(c).toMatchObject({ class: 'urgent', matched: 'rule', undetermined: [], missing: [] });
  });

  it('uses the catch-all class, and lists the more urgent classes it could not decide and what to ask', () => {
    const c = classifyUrgency(pack, { receivedAt: at, channel: 'hotline', situations: [], lifeAtRisk: false });
    expect(c).toMatchObject({ class: 'ordinary', matched: 'default', reasons: [], undetermined: ['urgent'] });
    expect(c.missing.map((m) => [m.fact, m.classes])).toEqual([
      ['basicNeedsUnmet', ['urgent']],
      ['peopleAffected', ['urgent']],
      ['hasSevereIllness', ['urgent']],
    ]);
    expect(c.missing[0]!.label).toEqual({ zh: '基本生活无法维持', en: 'basic needs cannot be met' });
  });

  it('lists an undetermined more urgent class even when a less urgent one matched', () => {
    const c = classifyUrgency(pack, { receivedAt: at, basicNeedsUnmet: true });
    expect(c).toMatchObject({ class: 'urgent', matched: 'rule', undetermined: ['emergency'] });
    expect(c.missing.map((m) => m.fact)).toEqual(['lifeAtRisk', 'situations']);
  });

  it('sees the household facts and its situations when the report carries a household', () => {
    const ill = classifyUrgency(pack, {
      receivedAt: at,
      lifeAtRisk: false,
      situations: [],
      household: { members: [{ severeIllness: true }] },
    });
    expect(ill).toMatchObject({ class: 'urgent', matched: 'rule' });
    expect(ill.reasons.find((r) => r.fact === 'hasSevereIllness')?.result).toBe(true);
    const fire = classifyUrgency(pack, { receivedAt: at, household: { members: [{}], situations: ['fire'] } });
    expect(fire).toMatchObject({ class: 'emergency', undetermined: [] });
    // The report's and the household's situations are merged.
    const both = classifyUrgency(pack, {
      receivedAt: at,
      situations: ['disaster'],
      household: { members: [{}], situations: ['homeless'] },
    });
    expect(both.reasons.find((r) => r.right === 'disaster')?.left).toEqual(['disaster', 'homeless']);
  });

  it('an explicit class wins: the option over the report, the report over the rules', () => {
    expect(classifyUrgency(pack, { receivedAt: at, lifeAtRisk: true, urgency: 'ordinary' })).toEqual({
      class: 'ordinary',
      name: { zh: '一般', en: 'ordinary' },
      priority: 2,
      matched: 'explicit',
      reasons: [],
      undetermined: [],
      missing: [],
    });
    expect(classifyUrgency(pack, { receivedAt: at, urgency: 'ordinary' }, { urgency: 'urgent' }).class).toBe('urgent');
  });

  it('refuses an explicit class the pack does not have, with a suggestion', () => {
    const e = errorOf(() => classifyUrgency(pack, { receivedAt: at, urgency: 'emergncy' }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.code).toBe('urgency_unknown_class');
    expect(e.issues[0]).toMatchObject({
      path: ['urgency'],
      args: { class: 'emergncy', suggestion: 'emergency', classes: ['emergency', 'urgent', 'ordinary'] },
    });
    expect(errorOf(() => classifyUrgency(pack, { receivedAt: at }, { urgency: 'critical' })).issues[0]!.path).toEqual([
      'options',
      'urgency',
    ]);
  });

  it('throws urgency_unclassified when nothing matches and the pack has no catch-all class', () => {
    const strict = buildTestPack(TEST_PACK_YAML.replace(/ {4}ordinary:[\s\S]*$/, ''), 'strict.yaml');
    const e = errorOf(() => classifyUrgency(strict, { receivedAt: at, lifeAtRisk: false, situations: [] }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.code).toBe('urgency_unclassified');
    expect(e.issues.map((i) => [i.code, i.args?.class, i.args?.missing])).toEqual([
      ['urgency_undetermined', 'urgent', ['basicNeedsUnmet', 'peopleAffected', 'hasSevereIllness']],
    ]);
    const none = errorOf(() =>
      classifyUrgency(strict, {
        receivedAt: at,
        lifeAtRisk: false,
        situations: [],
        basicNeedsUnmet: false,
        peopleAffected: 1,
        household: { members: [{ severeIllness: false }] },
      }),
    );
    expect(none.issues.map((i) => i.code)).toEqual(['urgency_no_class_matches']);
  });

  it('breaks priority ties by class id, the same way every time', () => {
    const tied = buildTestPack(TEST_PACK_YAML.replace('priority: 1', 'priority: 0'), 'tied.yaml');
    const c = classifyUrgency(tied, { receivedAt: at, lifeAtRisk: true, basicNeedsUnmet: true });
    expect(c.class).toBe('emergency'); // 'emergency' < 'urgent'
  });

  it('reads parameters in force on the local day of receipt', () => {
    const dated = buildTestPack(
      TEST_PACK_YAML.replace(
        'urgency:\n',
        `parameters:
  urgent.minPeople:
    unit: count
    values:
      - { from: 2024-01-01, value: "3", source: zs-2022-guide }
      - { from: 2025-01-01, value: "5", source: zs-2022-guide }
urgency:
`,
      ).replace(
        '{ fact: peopleAffected, operator: greaterThanInclusive, value: 3 }',
        '{ fact: peopleAffected, operator: greaterThanInclusive, value: { fact: "param:urgent.minPeople" } }',
      ),
      'dated.yaml',
    );
    const base = {
      lifeAtRisk: false,
      situations: [],
      basicNeedsUnmet: false,
      peopleAffected: 4,
      household: { members: [{ severeIllness: false }] },
    };
    expect(classifyUrgency(dated, { ...base, receivedAt: '2024-12-31T23:59:00+08:00' }).class).toBe('urgent');
    // 15:59Z on 12-31 is already 2025-01-01 in Shanghai: the 2025 figure applies.
    expect(classifyUrgency(dated, { ...base, receivedAt: '2024-12-31T16:00:00Z' }).class).toBe('ordinary');
    const r = classifyUrgency(dated, {
      ...base,
      peopleAffected: 6,
      receivedAt: '2025-03-01T10:00:00+08:00',
    }).reasons.find((x) => x.fact === 'peopleAffected');
    expect(r?.parameter).toMatchObject({ key: 'urgent.minPeople', value: '5', from: '2025-01-01', verified: false });
    // Before the parameter's first value the rule is undetermined, not guessed.
    const early = classifyUrgency(dated, { ...base, receivedAt: '2023-06-01T10:00:00+08:00' });
    expect(early).toMatchObject({ class: 'ordinary', undetermined: ['urgent'], missing: [] });
  });

  it('refuses a pack without urgency classes', () => {
    const e = errorOf(() => classifyUrgency(getBundledPack('cn'), { receivedAt: at }));
    expect(e).toBeInstanceOf(PackError);
    expect(e.code).toBe('pack_no_urgency');
  });

  it('compiles the conditions once per pack', () => {
    expect(compileUrgency(pack)).toBe(compileUrgency(pack));
    expect(compileUrgency(pack).classes.map((c) => c.id)).toEqual(['emergency', 'urgent', 'ordinary']);
  });

  it('validates the report first', () => {
    const e = errorOf(() => classifyUrgency(pack, { receivedAt: '2024-09-30T17:30:00' }));
    expect(e.code).toBe('report_invalid');
  });
});
