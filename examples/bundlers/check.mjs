// Builds the two scratch apps here as an app that installed safetynet-cn would: each is copied to a temporary
// folder whose node_modules/safetynet-cn points at this package (built: run `npm run build` first). Fails on any
// warning or error of Vite or esbuild; runs the esbuild bundle to show that it works.
//
// Run: node examples/bundlers/check.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, createLogger } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '../..');

/** A copy of an app with safetynet-cn "installed" (a link to this package, as `npm link` makes). */
function scratch(app) {
  const dir = mkdtempSync(join(tmpdir(), `safetynet-${app}-`));
  cpSync(join(here, app), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkg, join(dir, 'node_modules', 'safetynet-cn'), 'dir');
  return dir;
}

async function checkVite() {
  const dir = scratch('vite-app');
  const problems = [];
  const logger = createLogger('warn');
  logger.warn = (msg) => problems.push(`warning: ${msg}`);
  logger.warnOnce = (msg) => problems.push(`warning: ${msg}`);
  logger.error = (msg) => problems.push(`error: ${msg}`);
  try {
    await viteBuild({ root: dir, logLevel: 'warn', customLogger: logger, build: { outDir: join(dir, 'dist') } });
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    console.log(`vite: built ${assets.join(', ')} — ${problems.length} warning(s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

async function checkEsbuild() {
  const dir = scratch('esbuild-app');
  try {
    const out = join(dir, 'out.mjs');
    const r = await esbuild({
      absWorkingDir: dir,
      entryPoints: [join(dir, 'main.js')],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    const problems = r.warnings.map((w) => `warning: ${w.text}`);
    const run = spawnSync(process.execPath, [out], { encoding: 'utf8' });
    if (run.status !== 0) problems.push(`error: the bundle failed to run: ${run.stderr}`);
    console.log(`esbuild: ${run.stdout.trim()} — ${problems.length} warning(s)`);
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const problems = [...(await checkVite()), ...(await checkEsbuild())];
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
