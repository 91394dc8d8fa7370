#!/usr/bin/env node
// The `safetynet` command. `--version` is answered before the CLI and the library are loaded (most of the
// start-up time); every other call goes to the CLI. Built, `./cli/main.js` is the CLI bundled in the Node ESM build
// (`dist/node-esm/cli-main.js`, a few chunks shared with the library: see tsup.config.ts).
import { VERSION } from './version.js';

const first = process.argv[2];
if (first === '--version' || first === '-v') process.stdout.write(`${VERSION}\n`);
else await import('./cli/main.js');
