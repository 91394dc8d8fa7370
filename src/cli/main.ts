import { runCli } from './run.js';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
process.exitCode = runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  cwd: process.cwd(),
  today,
  color,
});
