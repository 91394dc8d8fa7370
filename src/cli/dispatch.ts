import { parseArgs } from 'node:util';
import { formatIssue, SafetynetError } from '../errors/index.js';
import { VERSION } from '../version.js';
import { COMMANDS, type Values } from './commands.js';
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
    '  safetynet evaluate --pack zhongshan --as-of 2022-06-01 household.json',
    '',
    'Run "safetynet <command> --help" for a command’s options and examples.',
    'Exit codes: 0 ok, 1 validation or test failure (or bad input), 2 usage error.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return [
    `safetynet ${name} — ${c.summary}`,
    '',
    `Usage: ${c.usage}`,
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
  ].join('\n');
}

function usageError(io: CliIo, name: string | undefined, message: string): number {
  io.err(`${message}\n\n${name ? commandHelp(name) : helpText()}`);
  return 2;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(io, undefined, 'No command given.');
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : helpText());
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) return usageError(io, undefined, `Unknown command "${first}".`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError(io, first, (e as Error).message);
  }
  if (parsed.values.help) {
    io.out(commandHelp(first));
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values as Values, io);
  } catch (e) {
    return exitCodeOf(e, first, io);
  }
}

/**
 * The one error handler: a usage error prints the command's help (exit 2); a library error prints its
 * message and every issue, a missing file its path (exit 1); anything else is a bug and is rethrown.
 */
function exitCodeOf(e: unknown, name: string, io: CliIo): number {
  if (e instanceof SafetynetError) {
    if (e.code === 'usage') return usageError(io, name, e.message);
    io.err(
      e.issues.length
        ? `${e.message.split('\n')[0]}\n${e.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`
        : e.message,
    );
    return 1;
  }
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    io.err(`File not found: ${(e as NodeJS.ErrnoException).path ?? ''}`);
    return 1;
  }
  throw e;
}
