// Runs a command with its output held back: nothing is printed when it succeeds, everything when it fails.
// `npm run demo` builds through it, so the demo's own output is the first thing on the screen.
//   node scripts/quiet.mjs npm run build
import { spawnSync } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/quiet.mjs <command> [args…]');
  process.exit(2);
}
const r = spawnSync(command, args, { encoding: 'utf8', shell: process.platform === 'win32' });
if (r.error) {
  console.error(`${command}: ${r.error.message}`);
  process.exit(1);
}
if (r.status !== 0) {
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  console.error(`\n${[command, ...args].join(' ')} failed (exit ${r.status})`);
  process.exit(r.status ?? 1);
}
