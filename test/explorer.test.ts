/**
 * The policy explorer (explorer/) in a real browser: built with Vite as `npm run explorer:build` builds it, served
 * from its folder on 127.0.0.1, driven in Debian's Chromium through playwright-core (which never downloads a
 * browser). A caseworker's path through the four views, with a screenshot of each, and an axe-core accessibility
 * check of each view.
 *
 * Needs `/usr/bin/chromium` (`.ci/run` installs it); without it the test is skipped, and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.log(`explorer test SKIPPED: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);
}

/**
 * Screenshots are test artefacts in test-results/explorer/; `UPDATE_SCREENSHOTS=1` writes them to docs/explorer/,
 * the copies explorer/README.md shows (a run changes a few anti-aliased pixels, so they are not rewritten every time).
 */
const SHOTS = resolve(process.env.UPDATE_SCREENSHOTS ? 'docs/explorer' : 'test-results/explorer');
const BROKEN_PACK = readFileSync('test/fixtures/explorer/broken-pack.yaml', 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The little of the browser the page functions below use (this project's TypeScript setup has no DOM types). */
interface InPage {
  document: { activeElement: { blur(): void } | null; documentElement: { lang: string; scrollWidth: number } };
  location: { hash: string };
  innerWidth: number;
  scrollTo(x: number, y: number): void;
  axe: {
    run(
      context: unknown,
      options: object,
    ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
  };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: string[], name: string, options: object) => unknown;
  DragEvent: new (type: string, init: object) => unknown;
}

/** Builds the explorer into `outDir` as `npm run explorer:build` does; returns Vite's output. */
function buildExplorer(outDir: string): string {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'explorer/vite.config.ts', '--outDir', outDir, '--emptyOutDir'],
    // NODE_ENV=test (set by vitest) would make Vite build the development variants of the libraries.
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A static file server for the built folder, on the loopback address only. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file =
      path.startsWith(root) && existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Violations axe-core rates serious or critical on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found = await page.evaluate(async () => {
    const w = globalThis as unknown as InPage;
    const r = await w.axe.run(w.document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      text: `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.text);
}

describe.skipIf(!HAS_CHROMIUM)('the policy explorer in Chromium (headless)', () => {
  let outDir: string;
  let profile: string;
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let buildLog: string;
  const errors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'safetynet-explorer-'));
    buildLog = buildExplorer(outDir);
    server = await serve(outDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    profile = mkdtempSync(join(tmpdir(), 'safetynet-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
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
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    // Everything the page shows is computed from what the test enters; the clock only sets the defaults.
    await page.clock.setFixedTime(new Date('2024-10-08T10:00:00+08:00'));
    await page.goto(base);
    await page.addScriptTag({
      content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    });
    mkdirSync(SHOTS, { recursive: true });
    console.log(`explorer screenshots: ${SHOTS}`);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    for (const dir of [outDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = async (name: string) => {
    // No focus ring or caret in the pictures: they show the page, not where the test last typed.
    await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.blur());
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const go = async (view: string) => {
    await page.evaluate((v) => {
      const w = globalThis as unknown as InPage;
      w.location.hash = `#/${v}`;
      w.scrollTo(0, 0);
    }, view);
  };

  it('builds to a folder under 1 MB gzip with its charts, and prints the size', () => {
    const line = /explorer size: (\d+) files, [\d.]+ KB, ([\d.]+) KB gzip/.exec(buildLog);
    expect(line, buildLog).not.toBeNull();
    console.log(line![0]);
    expect(Number(line![2])).toBeLessThan(1024);
    // Relative paths: the folder can be served from any path of any static host.
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(/src="\.\/assets\//);
  });

  it('shows a pack at a glance: every parameter as a timeline, the conditions in words', async () => {
    await page.getByTestId('pack').selectOption('bundled:chengdu');
    await expect.poll(() => page.locator('h2#pack-h').textContent()).toContain('chengdu');
    const standard = page.locator('[data-parameter="dibao.standard"]');
    // A chart (ECharts, SVG) with a legend per zone and the 2024 gap labelled unknown.
    await expect.poll(() => standard.locator('svg').count()).toBeGreaterThan(0);
    expect(await standard.locator('svg').first().textContent()).toContain('未知');
    expect(await standard.locator('table').textContent()).toContain('A 870 / B 820');
    expect(await page.locator('details.programme').first().textContent()).toContain('同时满足以下全部');
    // Procedures with their stages and limits (chengdu inherits the national dibao review: 30 working days, 45 extended).
    const review = page.locator('[data-procedure="dibao-review"]');
    expect(await review.textContent()).toContain('30 个工作日');
    expect(await review.textContent()).toContain('45 个工作日');
    await shot('pack');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('decides a household as it is filled in; the what-if slider flips it', async () => {
    await go('household');
    await page.getByLabel('认定日期').fill('2022-06-01');
    await page.locator('#f-district').fill('wenjiang');
    await page.locator('#f-propertyTestPassed').selectOption('true');
    await page.locator('#f-members-0-birthDate').fill('1972-03-01');
    await page.locator('#f-members-0-incomes').getByLabel('有').check();
    await page.locator('#f-members-0-incomes-0-monthly').fill('1600');
    await page.getByRole('button', { name: '+ 添加成员' }).click();
    await page.locator('#f-members-1-birthDate').fill('1974-05-01');
    // Unknown income first: dibao cannot be decided and the decision asks for it.
    await expect.poll(() => page.getByTestId('missing').textContent()).toContain('members[1].incomes');
    await page.locator('#f-members-1-incomes').getByLabel('无').check();
    await expect.poll(() => page.getByTestId('category').textContent()).toBe('最低生活保障');
    const decision = (await page.getByTestId('decision').textContent()) ?? '';
    expect(decision).toContain('家庭月人均收入 800.00 < 低保标准 870.00（满足）');
    expect(decision).toContain('成都市人民政府关于提高最低生活保障标准的通知');
    // The sweep pins the flips to the fen: edge from 533.34, dibao from 800.01.
    await expect.poll(() => page.getByTestId('flips').textContent(), { timeout: 20_000 }).toContain('800.01');
    expect(await page.getByTestId('flips').textContent()).toContain('533.34');
    await page.evaluate(() => (globalThis as unknown as InPage).scrollTo(0, 0));
    await shot('household');
    await page.locator('#what-if-standard').fill('700');
    await expect.poll(() => page.getByTestId('category').textContent()).toBe('低保边缘家庭');
    expect(await page.getByTestId('what-if-banner').textContent()).toContain('700');
    await page.getByTestId('what-if-chart').scrollIntoViewIfNeeded();
    await shot('what-if');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '恢复现行标准' }).click();
    await expect.poll(() => page.getByTestId('category').textContent()).toBe('最低生活保障');
  });

  it('computes a deadline over the National Day week, on a month calendar, and its state at "now"', async () => {
    await go('deadline');
    await page.getByTestId('pack').selectOption('bundled:zhongshan');
    await page.getByTestId('received').fill('2024-09-30T17:30');
    await page.getByTestId('deadline-for').selectOption('emergency');
    await expect.poll(() => page.getByTestId('due-disposal').textContent()).toContain('2024-10-09 23:59');
    expect(await page.getByTestId('due-firstResponse').textContent()).toContain('2024-09-30 18:30');
    // 10-01..07 are National Day, 10-12 a make-up Saturday; days 1 and 2 counted are 10-08 and 10-09.
    const october = page.locator('table.month[data-month="2024-10"]');
    expect(await october.locator('td.kind-holiday').count()).toBe(7);
    expect(await october.locator('td[data-day="2024-10-05"]').textContent()).toContain('国庆节');
    expect(await october.locator('td[data-day="2024-10-12"]').getAttribute('class')).toContain('kind-makeup-workday');
    expect(await october.locator('td[data-day="2024-10-09"]').textContent()).toContain('#2');
    await page.getByTestId('now').fill('2024-10-09T20:00');
    await expect.poll(() => page.getByTestId('sla-status').textContent()).toContain('即将超时');
    expect(await page.getByTestId('sla-status').textContent()).toContain('已超时');
    await shot('deadline');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says a deadline that needs a year the calendar lacks is not computable, and counts it provisionally on request', async () => {
    await page.getByTestId('received').fill('2026-12-31T17:30');
    await page.getByTestId('now').fill('2027-01-02T10:00');
    await expect.poll(() => page.getByTestId('due-disposal').getByTestId('not-computable').count()).toBe(1);
    expect(await page.getByTestId('due-firstResponse').textContent()).toContain('2026-12-31 18:30');
    expect(
      await page
        .locator('[data-testid="sla-notes"] li')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-code'))),
    ).toContain('sla_deadline_beyond_calendar');
    // The state of a deadline that cannot be computed is unknown, with no share of time used.
    expect(await page.getByTestId('sla-status').locator('.state-unknown').count()).toBe(1);
    await page.getByTestId('weekends-fallback').check();
    await expect.poll(() => page.getByTestId('due-disposal').textContent()).toContain('2027-01-04 23:59');
    expect(await page.getByTestId('due-disposal').getByTestId('provisional').count()).toBe(1);
    expect(
      await page
        .locator('[data-testid="sla-notes"] li')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-code'))),
    ).toContain('sla_deadline_provisional');
    await page.getByTestId('weekends-fallback').uncheck();
  });

  it("shows a procedure's stage deadlines on the calendar, with an extension and a stage overdue", async () => {
    await page.getByTestId('pack').selectOption('bundled:chongqing-yongchuan');
    await page.getByTestId('deadline-for').selectOption('procedure:dibao-review');
    await page.getByTestId('received').fill('2024-09-27T10:00');
    await page.getByTestId('now').fill('2024-10-28T09:00');
    // 25 working days from the day after acceptance: 09-29 (a make-up Sunday) is day 1, National Day is skipped.
    const review = page.getByTestId('stage-review');
    await expect.poll(() => review.textContent()).toContain('2024-11-06 23:59');
    expect(await review.textContent()).toContain('未超时');
    expect(await page.getByTestId('stage-district-opinion').textContent()).toContain('未开始');
    const september = page.locator('table.month[data-month="2024-09"]');
    expect(await september.locator('td[data-day="2024-09-29"]').textContent()).toContain('#1');
    expect(
      await page.locator('table.month[data-month="2024-11"] td[data-day="2024-11-06"]').getAttribute('class'),
    ).toContain('mark-due');
    // Special circumstances: 40 working days from the same start; the district bureau's 10 days run out first.
    await page.getByTestId('extension-review').selectOption('special-circumstances');
    await expect.poll(() => review.textContent()).toContain('2024-11-27 23:59');
    await page.getByTestId('event-materials-received').fill('2024-10-25T09:00');
    await page.getByTestId('now').fill('2024-11-20T09:00');
    await expect.poll(() => page.getByTestId('stage-district-opinion').textContent()).toContain('已超时');
    expect(await page.getByTestId('stage-district-opinion').textContent()).toContain('2024-11-08 23:59');
    expect(await review.textContent()).toContain('即将超时');
    expect(await page.getByTestId('case-state').textContent()).toContain('已超时');
    await shot('deadline-procedure');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('compares two versions over a dropped population: the diff as a table, who moves as a chart', async () => {
    await go('compare');
    await page.getByTestId('old-pack').selectOption('bundled:chengdu');
    await page.getByTestId('new-pack').selectOption('bundled:chengdu');
    await page.getByTestId('old-as-of').fill('2022-06-01');
    await page.getByTestId('new-as-of').fill('2023-06-01');
    await page.getByTestId('population-file').setInputFiles('examples/population.jsonl');
    await expect.poll(() => page.getByTestId('population-loaded').textContent()).toContain('300');
    await expect.poll(() => page.getByTestId('impact-line').textContent(), { timeout: 30_000 }).toMatch(/^300 户中/);
    expect(await page.getByTestId('transitions').textContent()).toContain('低保边缘家庭');
    await expect.poll(() => page.getByTestId('sankey').locator('svg path').count()).toBeGreaterThan(3);
    await page.getByTestId('impact').scrollIntoViewIfNeeded();
    await shot('compare');
    expect(await seriousViolations(page)).toEqual([]);
    // A what-if on the new side: a standard of 1200 everywhere moves more households to dibao.
    const before = await page.getByTestId('impact-line').textContent();
    await page.getByTestId('override').fill('1200');
    await expect
      .poll(() => page.getByTestId('diff-overrides').textContent(), { timeout: 30_000 })
      .toContain('dibao.standard = 1200');
    await expect.poll(() => page.getByTestId('impact-line').textContent(), { timeout: 30_000 }).not.toBe(before);
  });

  it("shows a dropped pack's error with its file, line and column, and loads it once fixed", async () => {
    await go('pack');
    const drop = (text: string, name: string) =>
      page.getByTestId('pack-drop').evaluate(
        (zone, file) => {
          const w = globalThis as unknown as InPage;
          const data = new w.DataTransfer();
          data.items.add(new w.File([file.text], file.name, { type: 'application/yaml' }));
          zone.dispatchEvent(new w.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { text, name },
      );
    await drop(BROKEN_PACK, 'pack.yaml');
    await expect.poll(() => page.getByTestId('drop-issues').textContent()).toContain('pack.yaml:20:13');
    expect(await page.getByTestId('drop-issues').textContent()).toContain('incomPerPerson');
    await page.getByTestId('drop-result').scrollIntoViewIfNeeded();
    await shot('pack-error');
    expect(await seriousViolations(page)).toEqual([]);
    await drop(BROKEN_PACK.replace('fact: incomPerPerson', 'fact: incomePerPerson'), 'pack.yaml');
    await expect.poll(() => page.locator('h2#pack-h').textContent()).toContain('testville');
    expect(await page.getByTestId('pack').inputValue()).toBe('dropped:testville');
  });

  it('switches to English and fits a phone-width screen', async () => {
    await page.getByTestId('pack').selectOption('bundled:chengdu');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await go('household');
    await expect.poll(() => page.getByTestId('category').textContent()).toBe('subsistence allowance (dibao)');
    expect(await page.evaluate(() => (globalThis as unknown as InPage).document.documentElement.lang)).toBe('en');
    await page.setViewportSize({ width: 375, height: 812 });
    for (const view of ['household', 'pack', 'deadline', 'compare']) {
      await go(view);
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => {
        const w = globalThis as unknown as InPage;
        return w.document.documentElement.scrollWidth - w.innerWidth;
      });
      expect(overflow, `${view} is wider than the screen`).toBeLessThanOrEqual(0);
    }
    await go('household');
    await shot('household-phone');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
