/**
 * The public surface, as a reviewed file: every name each entry exports, with its kind. A change of the
 * surface changes `api/*.api.txt`, so it shows up in review. `UPDATE_API=1 npx vitest run test/api-surface`
 * rewrites the files after a deliberate change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = {
  'safetynet-cn': 'src/index.ts',
  'safetynet-cn/node': 'src/node/index.ts',
  'safetynet-cn/authoring': 'src/authoring/index.ts',
  'safetynet-cn/json-rules-engine': 'src/interop/index.ts',
  // One of the generated `safetynet-cn/packs/<id>` entries; the others have the same shape (a test checks).
  'safetynet-cn/packs/chengdu': 'src/packs/chengdu.ts',
} as const;

function surface(entry: string): string {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker
    .getExportsOfModule(module)
    .map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const f = target.flags;
      const kind =
        f & ts.SymbolFlags.Class
          ? 'class'
          : f & ts.SymbolFlags.Function
            ? 'function'
            : f & ts.SymbolFlags.Variable
              ? 'const'
              : f & ts.SymbolFlags.Interface
                ? 'interface'
                : 'type';
      return `${kind.padEnd(9)} ${s.getName()}`;
    })
    .sort((a, b) => a.slice(10).localeCompare(b.slice(10)))
    .join('\n')
    .concat('\n');
}

describe('public API surface', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(`${name} exports exactly what api/ records`, () => {
      const file = `api/${name.replaceAll('/', '.')}.api.txt`;
      const now = surface(entry);
      if (process.env.UPDATE_API) writeFileSync(file, now);
      expect(now).toBe(readFileSync(file, 'utf8'));
    }, 60_000);
  }
});
