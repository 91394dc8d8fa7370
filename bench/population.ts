/**
 * A generated JSONL population for the screening benchmarks: the example households (examples/population.jsonl),
 * each with the coverage its decision gives, repeated to N lines with their own ids; one household in twenty has lost
 * its coverage record (a "missed" warning to find).
 */
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { evaluate, getBundledPack } from '../src/index.js';

/** Writes `lines` households to `file`; returns its size in bytes. */
export function writePopulation(file: string, lines: number): number {
  const pack = getBundledPack('chengdu');
  const base = readFileSync('examples/population.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown> & { members: Record<string, unknown>[] });
  const covered = base.map((h) => {
    const c = evaluate(pack, h, { asOf: '2023-06-01' }).category;
    return c === 'none' ? h : { ...h, coverage: [c], members: h.members.map((m) => ({ ...m, benefits: [c] })) };
  });
  const fd = openSync(file, 'w');
  let buf: string[] = [];
  for (let i = 0; i < lines; i++) {
    const h = covered[i % covered.length]!;
    const rec = i % 20 === 0 ? { ...h, coverage: [], members: h.members.map((m) => ({ ...m, benefits: [] })) } : h;
    buf.push(JSON.stringify({ ...rec, id: `h${i}` }));
    if (buf.length === 10_000) {
      writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) writeSync(fd, `${buf.join('\n')}\n`);
  closeSync(fd);
  return statSync(file).size;
}
