import { parseArgs } from 'node:util';
import { SafetynetError } from '../errors/index.js';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';
import { validateCommand } from './validate-command.js';

const HELP = `safetynet ${VERSION} — social-assistance policy packs: validate, resolve, decide

Usage:
  safetynet validate [paths…] [--strict] [--json]   validate packs (default: ./policies)
  safetynet --version | --help

Examples:
  safetynet validate policies/
  safetynet validate policies/chengdu --strict --json

Commands still to come (see README): test, diff, evaluate, sla, schema.
Exit codes: 0 ok, 1 validation failed, 2 usage error.`;

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  if (values.help || !command) {
    (command || values.help ? io.out : io.err)(HELP);
    return values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'validate':
        return validateCommand(rest, { strict: !!values.strict, json: !!values.json }, io);
      default:
        io.err(`Unknown command "${command}".\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof SafetynetError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}
