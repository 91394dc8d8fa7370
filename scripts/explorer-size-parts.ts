// Where the explorer's weight is (`npm run explorer:size`): builds the page with a source map into a temporary
// folder, gives each character of the built script to the module it came from, groups the modules into parts
// (ECharts, Preact, the core, its dependencies, the bundled packs, the page's own code) and gzips (-9) each
// part's characters alone. The figures go in explorer/README.md's size table.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'vite';

/** The part a module of the build belongs to, by its path. */
export function partOf(source: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
  if (dependency === 'echarts' || dependency === 'zrender' || dependency === 'tslib') return 'ECharts (with zrender)';
  if (dependency === 'preact') return 'Preact';
  if (dependency) return `core dependency ${dependency}`;
  if (source.includes('explorer/')) return "the page's own code";
  if (source.includes('src/generated/')) return 'bundled packs and calendars';
  if (source.includes('src/')) return 'the core (src/)';
  // The example households and population are inlined as data, with no mapping.
  return 'unmapped (example households and population)';
}

/** Each part's characters of `code`, in order, found through its source map. */
function splitByPart(code: string, map: TraceMap): Map<string, string[]> {
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of code.split('\n')) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const marks: [number, string][] = [];
  eachMapping(map, (m) => {
    marks.push([(lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn, m.source ?? '']);
  });
  marks.sort((a, b) => a[0] - b[0]);
  const parts = new Map<string, string[]>();
  marks.forEach(([start, source], i) => {
    const end = marks[i + 1]?.[0] ?? code.length;
    const part = partOf(source);
    const pieces = parts.get(part) ?? [];
    pieces.push(code.slice(start, end));
    parts.set(part, pieces);
  });
  return parts;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'explorer-parts-'));
  try {
    await build({
      configFile: 'explorer/vite.config.ts',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: true },
    });
    const assets = join(outDir, 'assets');
    const script = readdirSync(assets).find((f) => f.endsWith('.js'));
    if (!script) throw new Error('no script in the build');
    const code = readFileSync(join(assets, script), 'utf8');
    const parts = splitByPart(code, new TraceMap(readFileSync(join(assets, `${script}.map`), 'utf8')));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows = [...parts].map(([part, pieces]) => {
      const text = pieces.join('');
      return { part, raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
    });
    for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`${r.part.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
    }
    const core = [...parts].filter(
      ([p]) => p.startsWith('core') || p.startsWith('the core') || p.startsWith('bundled'),
    );
    const coreText = core.flatMap(([, pieces]) => pieces).join('');
    console.log(
      `${'the core with its dependencies and packs'.padEnd(48)} ${kb(coreText.length).padStart(10)} ${kb(gzipSync(coreText, { level: 9 }).length).padStart(10)} gzip`,
    );
    console.log(
      `${'the whole script'.padEnd(48)} ${kb(code.length).padStart(10)} ${kb(gzipSync(code, { level: 9 }).length).padStart(10)} gzip`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
