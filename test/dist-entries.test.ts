/**
 * Every subpath of the built package, resolved by name through the `exports` map as an app would (ESM and
 * CommonJS): the bundled packs one by one are the same objects as `packs.<id>`, the Node entry loads packs,
 * the authoring entry diffs two packs, and the json-rules-engine entry runs.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();

describe('subpaths of the built package', () => {
  it('ESM: safetynet-cn/packs/<id>, /node, /authoring and /json-rules-engine', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { packs, bundledPackIds, evaluate } from 'safetynet-cn';
       import { chengdu } from 'safetynet-cn/packs/chengdu';
       import { chongqingYongchuan } from 'safetynet-cn/packs/chongqing-yongchuan';
       import { loadPack } from 'safetynet-cn/node';
       import { toJsonRulesEngine } from 'safetynet-cn/json-rules-engine';
       import { diffPacks } from 'safetynet-cn/authoring';
       const same = [];
       for (const id of bundledPackIds) {
         const name = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
         same.push((await import('safetynet-cn/packs/' + id))[name] === packs[id]);
       }
       const h = { district: 'wenjiang', propertyTestPassed: true, members: [{ birthDate: '1972-03-01', incomes: [{ type: 'wage', monthly: '1600' }] }, { birthDate: '1974-05-01', incomes: [] }] };
       const jre = await toJsonRulesEngine(chengdu, { asOf: '2022-06-01' }).run(h);
       console.log(JSON.stringify({ same, yc: chongqingYongchuan.id, loaded: loadPack('policies/chengdu').id, category: evaluate(chengdu, h, { asOf: '2022-06-01' }).category, jre: jre.eligible.includes('dibao'), diff: diffPacks(packs.cn, chengdu, { asOf: '2022-06-01' }).new.id }));`,
    ]);
    expect(JSON.parse(out)).toEqual({
      same: [true, true, true, true, true],
      yc: 'chongqing-yongchuan',
      loaded: 'chengdu',
      category: 'dibao',
      jre: true,
      diff: 'chengdu',
    });
  });

  it('CommonJS: the same subpaths, sharing one core (instanceof and identity hold)', () => {
    const out = node([
      '-e',
      `const root = require('safetynet-cn');
       const { zhongshan } = require('safetynet-cn/packs/zhongshan');
       const { loadPack } = require('safetynet-cn/node');
       const { toJsonRulesEngine } = require('safetynet-cn/json-rules-engine');
       const { runScenarios } = require('safetynet-cn/authoring');
       let packError = false;
       try { loadPack('nowhere/at/all') } catch (e) { packError = e instanceof root.SafetynetError; }
       console.log(JSON.stringify({ same: zhongshan === root.packs.zhongshan, packError, rules: toJsonRulesEngine(zhongshan, { asOf: '2023-06-01' }).householdRules.length > 0, scenarios: typeof runScenarios }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ same: true, packError: true, rules: true, scenarios: 'function' });
  });
});
