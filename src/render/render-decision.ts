import type { Decision, ProgrammeStatus } from '../decision/index.js';

/** Options of {@link renderDecision}. */
export interface RenderOptions {
  /** Language of the text: Chinese (default) or English. */
  readonly lang?: 'zh' | 'en';
  /** Show every test of every programme (the trace), not only the outcome and the failed tests. */
  readonly trace?: boolean;
}

const STATUS: Record<ProgrammeStatus, { zh: string; en: string; mark: string }> = {
  eligible: { zh: '符合', en: 'eligible', mark: '✓' },
  ineligible: { zh: '不符合', en: 'not eligible', mark: '✗' },
  undetermined: { zh: '无法判断', en: 'undetermined', mark: '?' },
  'not-applicable': { zh: '不适用', en: 'not applicable', mark: '–' },
};

const CATEGORY: Record<string, { zh: string; en: string }> = {
  'special-poverty': { zh: '特困供养', en: 'special-poverty support' },
  dibao: { zh: '最低生活保障', en: 'subsistence allowance (dibao)' },
  edge: { zh: '低保边缘家庭', en: 'low-income edge family' },
  'expenditure-hardship': { zh: '刚性支出困难家庭', en: 'expenditure-type hardship' },
  temporary: { zh: '临时救助', en: 'temporary assistance' },
  'relatively-difficult': { zh: '相对困难', en: 'relatively difficult' },
  none: { zh: '无', en: 'none' },
};

/**
 * A decision as text for a caseworker: the outcome, each programme with why, the actions, what is
 * missing and which figures are unverified. With `trace`, every test of every programme is listed.
 *
 * @example
 * console.log(renderDecision(evaluate(packs.zhongshan, household, { asOf: '2022-06-01' }), { lang: 'en' }));
 */
export function renderDecision(d: Decision, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const t = (b: { zh: string; en: string }) => b[lang];
  const zh = lang === 'zh';
  const lines: string[] = [];
  const cat = CATEGORY[d.category] ?? { zh: d.category, en: d.category };
  lines.push(
    zh
      ? `${d.packId} ${d.packVersion} · ${d.asOf}${d.householdId ? ` · 家庭 ${d.householdId}` : ''}`
      : `${d.packId} ${d.packVersion} · as of ${d.asOf}${d.householdId ? ` · household ${d.householdId}` : ''}`,
  );
  lines.push(
    `${zh ? '结论' : 'Outcome'}: ${t(cat)}${d.categoryCertain ? '' : zh ? '（尚不确定：有更优先的项目无法判断）' : ' (not final: a stronger programme is undetermined)'}${d.tier ? ` · ${zh ? '困难等级' : 'tier'}: ${t(d.tier.name)}` : ''}`,
  );
  const f = d.facts;
  lines.push(
    zh
      ? `家庭人口 ${f.householdSize ?? '?'}，月人均收入 ${f.incomePerPerson ?? '未知'} 元，月刚性支出 ${f.rigidExpenditure ?? '未知'} 元`
      : `household of ${f.householdSize ?? '?'}, income per person ${f.incomePerPerson ?? 'unknown'} yuan/month, rigid expenditure ${f.rigidExpenditure ?? 'unknown'} yuan/month`,
  );
  lines.push('');
  lines.push(zh ? '项目：' : 'Programmes:');
  for (const p of d.programmes) {
    const s = STATUS[p.status];
    lines.push(
      `  ${s.mark} ${t(p.name)} — ${t(s)}${
        p.members
          ? ` (${zh ? '成员' : 'members'} ${
              p.members
                .filter((m) => m.status === 'eligible')
                .map((m) => m.index + 1)
                .join(', ') || '—'
            })`
          : ''
      }`,
    );
    const shown = options.trace
      ? p.reasons
      : p.reasons.filter((r) => (p.status === 'eligible' ? r.result === true : r.result !== true));
    for (const r of shown.slice(0, options.trace ? undefined : 4)) {
      lines.push(
        `      ${options.trace ? `[${r.path.join('.')}] ` : ''}${t(r.text)}${r.parameter?.source ? ` — ${r.parameter.source.title}${r.parameter.source.number ? ` ${r.parameter.source.number}` : ''}` : ''}`,
      );
    }
  }
  if (d.actions.length) {
    lines.push('');
    lines.push(zh ? '下一步：' : 'Next steps:');
    for (const a of d.actions)
      lines.push(`  → ${t(a.text)}${a.cycle ? ` (${zh ? '下次' : 'next'} ${a.cycle.nextDue})` : ''}`);
  }
  if (d.missing.length) {
    lines.push('');
    lines.push(zh ? '还需了解：' : 'Still to ask:');
    for (const m of d.missing)
      lines.push(`  ? ${t(m.label)}${m.inputs.length ? ` — ${m.inputs.join(', ')}` : ''} (${m.programmes.join(', ')})`);
  }
  if (d.notes.length) {
    lines.push('');
    lines.push(zh ? '说明：' : 'Notes:');
    for (const n of d.notes) lines.push(`  ! ${t(n.text)}`);
  }
  return lines.join('\n');
}
