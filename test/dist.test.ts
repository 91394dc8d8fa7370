import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The published build, not the sources: ESM and CJS entry points both work and give the same answer.
const household = {
  propertyTestPassed: true,
  situations: ['fire'],
  members: [{ birthDate: '1980-01-01', incomes: [] }],
};

describe('dist', () => {
  it('ESM entry evaluates with a bundled pack', async () => {
    const esm = await import(pathToFileURL(resolve('dist/index.js')).href);
    const d = esm.evaluate(esm.packs.cn, household, { asOf: '2023-06-01' });
    expect(d.programmes.find((p: { id: string }) => p.id === 'temporary-emergency').status).toBe('eligible');
    expect(Object.keys(esm.packs)).toContain('cn');
  });

  it('CJS entry gives the same decision', async () => {
    const cjs = createRequire(import.meta.url)(resolve('dist/index.cjs'));
    const esm = await import(pathToFileURL(resolve('dist/index.js')).href);
    expect(cjs.evaluate(cjs.packs.cn, household, { asOf: '2023-06-01' })).toEqual(
      esm.evaluate(esm.packs.cn, household, { asOf: '2023-06-01' }),
    );
    expect(cjs.VERSION).toBe(esm.VERSION);
  });

  it('computes the same pack digests in every build: the pure SHA-256 of browsers and node:crypto of Node.js', async () => {
    // Packs read from text get their digest computed (the embedded ones carry theirs from the build). The Node.js builds
    // hash with node:crypto (scripts/node-variants.ts), bundlers and browsers with @noble/hashes.
    const text = readFileSync(resolve('policies/cn/pack.yaml'), 'utf8');
    const digestBy = (m: { validatePack: (i: unknown) => { value: unknown }; packDigest: (p: unknown) => string }) =>
      m.packDigest(m.validatePack({ text, file: 'cn/pack.yaml' }).value);
    const perModule = digestBy(await import(pathToFileURL(resolve('dist/index.js')).href));
    const nodeEsm = digestBy(await import(pathToFileURL(resolve('dist/node-esm/index.js')).href));
    const cjs = digestBy(createRequire(import.meta.url)(resolve('dist/index.cjs')));
    expect(readFileSync(resolve('dist/_lib/sha256.js'), 'utf8')).toMatch(/@noble\/hashes/);
    expect(perModule).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect([nodeEsm, cjs]).toEqual([perModule, perModule]);
    const nodeBuild = readdirSync(resolve('dist/node-esm'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(resolve('dist/node-esm', f), 'utf8'))
      .join('\n');
    expect(nodeBuild).toMatch(/createHash\("sha256"\)/);
    expect(nodeBuild).not.toMatch(/@noble\/hashes/);
    const { EMBEDDED } = await import('../src/generated/packs/cn.js');
    expect(perModule).toBe(EMBEDDED.digest);
  });

  it('ships the catalogues without their documentation, and with the same wording', async () => {
    // scripts/strip-catalogue-docs.ts drops each entry's `fix` and `variants` from the build (docs/errors.md has them).
    const shipped = readFileSync(resolve('dist/pack/messages.js'), 'utf8');
    expect(readFileSync(resolve('src/pack/messages.ts'), 'utf8')).toMatch(/\bfix: \{/);
    expect(shipped).not.toMatch(/\bfix: ?\{|\bvariants: ?\[/);
    // A deadline's note carries its fix at run time: the deadlines area keeps it.
    expect(readFileSync(resolve('dist/sla/note-messages.js'), 'utf8')).toMatch(/\bfix: ?\{/);
    const text = 'id: cn\nversion: nope\n';
    const fromDist = (await import(pathToFileURL(resolve('dist/index.js')).href)).validatePack({ text });
    const fromSource = (await import('../src/index.js')).validatePack({ text });
    expect(fromDist.ok).toBe(false);
    expect(fromSource.ok).toBe(false);
    const messages = (r: object) => (r as { issues: { message: unknown }[] }).issues.map((i) => i.message);
    expect(messages(fromDist)).toEqual(messages(fromSource));
  });

  it('the SDK version matches package.json', async () => {
    const esm = await import(pathToFileURL(resolve('dist/index.js')).href);
    const pkg = createRequire(import.meta.url)(resolve('package.json'));
    expect(esm.VERSION).toBe(pkg.version);
  });
});
