// A build step (tsup.config.ts, the Node ESM build): the embedded packs and calendars (≈ 150 KB of JSON text) are not
// copied into its chunks. They stay the modules of the per-file ESM build (dist/generated/…), imported through the
// package's private `#generated/*` import map (package.json "imports"), so the tarball carries them once for both
// ES module builds instead of twice. The modules are plain data: loading them from one place or the other is the same.
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';

const GENERATED_DATA = resolve('src/generated');

/** Resolves the embedded packs and calendars to `#generated/packs/<id>.js` and leaves them out of the bundle. */
export const shareGeneratedDataPlugin: Plugin = {
  name: 'share-generated-data',
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])(packs|calendars)[\\/][^\\/]+\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const rel = relative(GENERATED_DATA, target);
      if (rel.startsWith('..') || !/^(packs|calendars)[\\/]/.test(rel)) return undefined;
      return { path: `#generated/${rel.split(sep).join('/')}`, external: true };
    });
  },
};
