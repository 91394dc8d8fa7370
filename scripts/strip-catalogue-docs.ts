// A build step (tsup.config.ts): the message catalogues are shipped without their documentation. An entry's `fix`
// hint and `variants` sit next to its wording in the source, so that docs/errors.md (written from the source by
// scripts/errors-doc.ts) and the message never drift apart; issues carry the wording, not the hint, so the built
// library leaves them out — about 1 KB gzip of every browser bundle that can raise an issue, 3 KB of the whole
// core. The notes on deadlines are the exception: a note carries its `fix` (deadlineNoteText, stageNoteText), so
// sla/note-messages.ts keeps it.
// test/dist.test.ts holds the shipped wording equal to the source's.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The files that hold catalogues: `<folder>/messages.ts`, `<folder>/runtime-messages.ts`. */
export const CATALOGUE_FILE = /[\\/]src[\\/][^\\/]+[\\/](?:[a-z-]+-)?messages\.ts$/;

/** The properties of a catalogue entry that only documentation reads. */
const DOC_KEYS = new Set(['fix', 'variants']);
/** The catalogue whose `fix` is read at run time: a note on a deadline or a stage carries it. */
const FIX_READ_AT_RUN_TIME = /[\\/]src[\\/]sla[\\/]note-messages\.ts$/;

/** Whether an object literal is a catalogue entry: it has a `text` wording. */
function isEntry(node: ts.ObjectLiteralExpression): boolean {
  return node.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'text');
}

/**
 * The source of a catalogue file without the `fix` and `variants` of its entries (objects with a `text`).
 *
 * @example
 * stripCatalogueDocs("const M = { a: { text: () => t, fix: { zh: '…', en: '…' } } };"); // "const M = { a: { text: () => t,  } };"
 */
export function stripCatalogueDocs(source: string, fileName = 'messages.ts'): string {
  const keys = FIX_READ_AT_RUN_TIME.test(fileName) ? new Set(['variants']) : DOC_KEYS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isEntry(node)) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && keys.has(p.name.text)) {
          const end = source[p.getEnd()] === ',' ? p.getEnd() + 1 : p.getEnd();
          cuts.push([p.getStart(file), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** The esbuild plugin tsup runs: catalogue files are loaded without their documentation. */
export const stripCatalogueDocsPlugin: Plugin = {
  name: 'strip-catalogue-docs',
  setup(build) {
    build.onLoad({ filter: CATALOGUE_FILE }, async (args) => ({
      contents: stripCatalogueDocs(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
