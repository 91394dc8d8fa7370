import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type LockEntry = { version?: string; dependencies?: Record<string, string>; [k: string]: unknown };

/**
 * Writes what `npm ci --offline` needs to install a packed tarball of this package in `dir` from the local npm cache
 * alone: the tarball as a dev dependency in `dir/package.json`, and a lockfile listing it and its runtime dependencies
 * as this repository's lockfile resolves them (their tarballs are in the cache after `npm ci`; the registry's package
 * documents, which `npm install` would ask for, are not).
 */
export function writeOfflineLock(dir: string, tarball: string): void {
  const own = JSON.parse(readFileSync('package.json', 'utf8')) as {
    name: string;
    version: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const kept: Record<string, LockEntry> = {};
  // A dependency of the package at `from` resolves to the nearest node_modules/<dep> above it, as Node resolves.
  const visit = (dep: string, from: string) => {
    let at = from;
    for (;;) {
      const path = `${at ? `${at}/` : ''}node_modules/${dep}`;
      if (lock.packages[path]) {
        if (kept[path]) return;
        const entry = lock.packages[path]!;
        kept[path] = { resolved: registryUrl(path, entry.version ?? ''), ...entry, dev: true };
        for (const d of Object.keys(lock.packages[path]!.dependencies ?? {})) visit(d, path);
        return;
      }
      if (!at) throw new Error(`${dep} (needed by ${from || 'the package'}) is not in package-lock.json`);
      at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '';
    }
  };
  for (const dep of Object.keys(own.dependencies)) visit(dep, '');
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const pkgFile = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; devDependencies?: Record<string, string> };
  pkg.devDependencies = { ...pkg.devDependencies, [own.name]: spec };
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  const packages: Record<string, LockEntry> = {
    '': { name: pkg.name, devDependencies: pkg.devDependencies },
    [`node_modules/${own.name}`]: {
      version: own.version,
      resolved: spec,
      integrity,
      dev: true,
      dependencies: own.dependencies,
      bin: own.bin,
    },
    ...kept,
  };
  writeFileSync(
    join(dir, 'package-lock.json'),
    `${JSON.stringify({ name: pkg.name, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  );
}

/** Where the registry keeps a package's tarball (the lockfile may leave `resolved` out; the cache is keyed by it). */
function registryUrl(path: string, version: string): string {
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  return `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;
}
