import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The examples run as a user would run them (`npm run demo`), against the built package.
describe('examples', () => {
  it('evaluate-households prints a decision for every example case, in zh and en', () => {
    const cases = JSON.parse(readFileSync('examples/cases.json', 'utf8')) as { file: string; title: string }[];
    for (const lang of ['zh', 'en']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/evaluate-households.ts', '--lang', lang], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      for (const c of cases) expect(r.stdout).toContain(c.title);
      expect(r.stdout).toContain(lang === 'zh' ? '结论' : 'Outcome');
    }
  });

  it('the Zhongshan family is edge with temporary expenditure assistance and medical and education referrals', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/evaluate-households.ts', '--lang', 'en'], {
      encoding: 'utf8',
    });
    const section = r.stdout.split('━━').find((s) => s.includes('zhongshan-medical-family'))!;
    expect(section).toContain('Low-income edge family — eligible');
    expect(section).toContain('Temporary assistance (expenditure) — eligible');
    expect(section).toContain(
      'monthly income per person after rigid expenditure 772.50 < dibao standard 1160.00 (met)',
    );
    expect(section).toContain('Refer to healthcare security bureau');
    expect(section).toContain('Refer to education bureau');
  });
});
