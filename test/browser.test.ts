/**
 * The core in a real browser: the package root and one bundled pack, bundled for the browser by esbuild, run in
 * Debian's Chromium (driven by playwright-core, which never downloads a browser of its own). `evaluate`,
 * `computeSla` and `packDigest` must give in the page exactly what they give in Node.
 *
 * Needs `/usr/bin/chromium` (`apt-get install chromium`; `.ci/run` installs it). Without it the test is
 * skipped, and says so.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSla, evaluate, packDigest, packs } from '../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.log(`browser test SKIPPED: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);
}

/** Cases computed in the page and in Node; everything is plain JSON, so the two can be compared whole. */
const CASES = {
  households: [
    {
      pack: 'chengdu',
      asOf: '2022-06-01',
      household: {
        district: 'wenjiang',
        propertyTestPassed: true,
        members: [
          { birthDate: '1972-03-01', incomes: [{ type: 'wage', monthly: '1600' }] },
          { birthDate: '1974-05-01', incomes: [] },
        ],
      },
    },
    {
      pack: 'chengdu',
      asOf: '2023-03-01',
      household: {
        district: 'jianyang',
        members: [
          { birthDate: '1985-01-20', incomes: [{ type: 'wage', monthly: '2100' }] },
          { birthDate: '1987-07-07' },
        ],
      },
    },
  ],
  reports: [
    { receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline', lifeAtRisk: true },
    { receivedAt: '2024-12-31T23:59:00+08:00', urgency: 'ordinary' },
  ],
} as const;

/** The page's script: the same computations, from the package as a browser bundle sees it. */
const PAGE_ENTRY = `
import { computeSla, evaluate, packDigest, packs } from 'safetynet-cn';
import { chengdu } from 'safetynet-cn/packs/chengdu';
const cases = ${JSON.stringify(CASES)};
const run = () => ({
  digests: Object.fromEntries(Object.keys(packs).map((id) => [id, packDigest(packs[id])])),
  sameObject: chengdu === packs.chengdu,
  decisions: cases.households.map((c) => evaluate(packs[c.pack], c.household, { asOf: c.asOf })),
  slas: cases.reports.map((r) => computeSla(packs.zhongshan, r)),
  userAgent: navigator.userAgent,
});
try {
  window.__result = JSON.parse(JSON.stringify(run()));
} catch (e) {
  window.__result = { error: String(e && e.stack || e) };
}
`;

function inNode() {
  return JSON.parse(
    JSON.stringify({
      digests: Object.fromEntries(Object.keys(packs).map((id) => [id, packDigest(packs[id as keyof typeof packs])])),
      sameObject: true,
      decisions: CASES.households.map((c) => evaluate(packs[c.pack], c.household, { asOf: c.asOf })),
      slas: CASES.reports.map((r) => computeSla(packs.zhongshan, r)),
    }),
  );
}

describe.skipIf(!HAS_CHROMIUM)('in Chromium (headless)', () => {
  let profile: string;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'safetynet-chromium-'));
    // A fresh profile directory for every run: nothing from an earlier run (or a user) is read.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('evaluate, computeSla and packDigest give in the page exactly what they give in Node', async () => {
    const bundle = await build({
      stdin: { contents: PAGE_ENTRY, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(bundle.warnings).toEqual([]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>safetynet</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text, type: 'module' });
    await page.waitForFunction(() => (globalThis as { __result?: unknown }).__result !== undefined, null, {
      timeout: 30_000,
    });
    const result = await page.evaluate(() => (globalThis as { __result?: Record<string, unknown> }).__result!);
    expect(errors).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(String(result.userAgent)).toMatch(/Chrome\//);
    const { userAgent: _ua, ...fromPage } = result;
    expect(fromPage).toEqual(inNode());
    // The page hashed nothing it was not given: the digests are those recorded when the packs were built.
    expect(Object.keys(fromPage.digests as object)).toEqual(Object.keys(packs));
  }, 120_000);
});
