import { formatIssue, SafetynetError } from '../errors/index.js';
import { suggestName } from '../rules/index.js';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands.js';
import { parseFlags, renderFlags } from './flags.js';
import type { CliIo } from './io.js';

function helpText(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `safetynet ${VERSION} — social-assistance policy packs: validate, test, decide`,
    '',
    'Usage: safetynet <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`),
    '',
    'Examples:',
    '  safetynet validate policies/',
    '  safetynet test policies/',
    '  safetynet evaluate --pack zhongshan --as-of 2022-08-03 examples/households/zhongshan-medical-family.json',
    '  safetynet init xinyang',
    '',
    'Run "safetynet <command> --help" for a command’s options and examples.',
    'Exit codes: 0 ok, 1 validation or test failure (or bad input), 2 usage error.',
    'Colours only on a terminal; NO_COLOR turns them off, FORCE_COLOR on.',
  ].join('\n');
}

/** A command's help: what it does, its usage, every flag with its default, and examples. */
export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return [
    `safetynet ${name} — ${c.summary}`,
    '',
    `Usage: ${c.usage}`,
    '',
    'Options:',
    ...renderFlags(c.options),
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Whether the arguments ask for JSON output: errors are then JSON on stderr too. */
function wantsJson(args: readonly string[]): boolean {
  return (
    args.includes('--json') ||
    args.some((a, i) => (a === '--format' && args[i + 1] === 'json') || a === '--format=json')
  );
}

function usageError(io: CliIo, name: string | undefined, message: string): number {
  if (io.json) io.err(JSON.stringify({ error: { code: 'usage', message, ...(name ? { command: name } : {}) } }));
  else io.err(`${message}\n\n${name ? commandHelp(name) : helpText()}`);
  return 2;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], baseIo: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  const io: CliIo = { ...baseIo, json: wantsJson(argv) };
  if (first === undefined) return usageError(io, undefined, 'No command given.');
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : helpText());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const near = suggestName(first, Object.keys(COMMANDS));
    return usageError(io, undefined, `Unknown command "${first}"${near ? `; did you mean "${near}"?` : '.'}`);
  }
  try {
    const { positionals, values } = parseFlags(rest, command.options);
    if (values.help) {
      io.out(commandHelp(first));
      return 0;
    }
    return await command.run(positionals, values, io);
  } catch (e) {
    return exitCodeOf(e, first, io);
  }
}

/**
 * The one error handler: a usage error prints the command's help (exit 2); a library error prints its
 * message and every issue, a missing file its path (exit 1) — as one JSON object on stderr under `--json`;
 * anything else is a bug and is rethrown.
 */
/** The error's first line above its issues, unless it only repeats the one issue's English text. */
function headline(e: SafetynetError): string {
  const first = e.message.split('\n')[0]!;
  return e.issues.length === 1 && e.issues[0]!.message.en === first ? '' : `${first}\n`;
}

function exitCodeOf(e: unknown, name: string, io: CliIo): number {
  if (e instanceof SafetynetError) {
    if (e.code === 'usage') return usageError(io, name, e.message);
    if (io.json) io.err(JSON.stringify({ error: { code: e.code, message: e.message, issues: e.issues } }));
    else io.err(e.issues.length ? `${headline(e)}${e.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}` : e.message);
    return 1;
  }
  const errno = e as NodeJS.ErrnoException;
  if (errno.code === 'ENOENT' || errno.code === 'EISDIR') {
    const message =
      errno.code === 'ENOENT' ? `File not found: ${errno.path ?? ''}` : `Is a directory: ${errno.path ?? ''}`;
    if (io.json) io.err(JSON.stringify({ error: { code: 'file_not_found', message, path: errno.path } }));
    else io.err(message);
    return 1;
  }
  throw e;
}
