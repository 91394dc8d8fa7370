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
const env = process.env;
// FORCE_COLOR (other than 0/false) turns colours on anywhere; NO_COLOR turns them off; else only on a terminal.
const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
const color = forced || (!!process.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb');
// Progress goes to stderr on a terminal (SAFETYNET_PROGRESS=1 forces it, e.g. to see it in a log).
const showProgress = !!process.stderr.isTTY || env.SAFETYNET_PROGRESS === '1';
process.exitCode = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  write: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(`${t}\n`),
  today,
  now: now.toISOString(),
  paint: makePainter(color),
  readStdin: () => readFileSync(0, 'utf8'),
  progress: showProgress ? (t) => process.stderr.write(t ? `\r${t}\u001b[K` : '\r\u001b[K') : () => {},
});
