import { readFileSync } from 'node:fs';
import { makePainter } from './io.js';
import { runCli } from './dispatch.js';

// The only place that reads the clock, the terminal and the environment: everything below is pure.
// `safetynet … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const now = new Date();
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
const isTty = !!process.stdout.isTTY;
const color = isTty && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
process.exitCode = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  write: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(`${t}\n`),
  today,
  now: now.toISOString(),
  paint: makePainter(color),
  readStdin: () => readFileSync(0, 'utf8'),
  progress: process.stderr.isTTY ? (t) => process.stderr.write(`\r${t}\u001b[K`) : () => {},
});
