import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The published package's name, as a policy repository installs it (`npm install <name>`). */
const PUBLISHED_NAME = 'safetynet-cn';

/**
 * The name of the package this CLI runs from (its `package.json` above `dist/`), so generated files import
 * and reference the package as it is installed; the published name when run from the sources.
 */
export function packageName(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; bin?: Record<string, string> };
      if (pkg.bin?.safetynet) return pkg.name ?? PUBLISHED_NAME;
    }
    dir = dirname(dir);
  }
  return PUBLISHED_NAME;
}
