import { parseArgs } from 'node:util';
import { SafetynetError } from '../errors/index.js';
import { suggestName } from '../rules/index.js';

/** One flag of a command, with what `--help` says about it. */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** How the value is written in help, e.g. `<YYYY-MM-DD>`. */
  readonly value?: string;
  readonly description: string;
  /** The default as help shows it (the command applies it). */
  readonly default?: string;
}

/** The flags of a command, by long name. */
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** The flags `parseArgs` read for a command. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** `-h, --help`, which every command has. */
export const HELP_FLAG: FlagSpec = { type: 'boolean', short: 'h', description: 'show this help' };

/** Flags several commands share, worded once. */
export const FLAGS = {
  pack: {
    type: 'string',
    short: 'p',
    value: '<id|dir>',
    description: 'the pack: a bundled id (cn, chengdu, zhongshan, …) or a pack directory or pack.yaml',
  },
  asOf: {
    type: 'string',
    value: '<YYYY-MM-DD>',
    description: 'the date decisions are made for',
    default: 'today in Asia/Shanghai',
  },
  json: { type: 'boolean', description: 'print JSON (errors too, on stderr)' },
  lang: { type: 'string', value: '<zh|en>', description: 'language of the text output', default: 'zh' },
  set: {
    type: 'string',
    multiple: true,
    value: '<key=value>',
    description: 'what-if value of a parameter (repeatable); zoned: key=A:950,B:900',
  },
  lastKnown: {
    type: 'boolean',
    description: 'use the last known figure through an unknown period (decisions are marked provisional)',
  },
} as const satisfies Readonly<Record<string, FlagSpec>>;

/**
 * Parses a command's arguments. An unknown flag is a usage error naming the flag meant, when one is close
 * (`--jsn` → `--json`); so is a flag without its value.
 *
 * @throws {SafetynetError} `usage`
 */
export function parseFlags(args: readonly string[], specs: FlagSpecs): { positionals: string[]; values: Values } {
  const options = Object.fromEntries(
    Object.entries({ ...specs, help: HELP_FLAG }).map(([name, f]) => [
      name,
      { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) },
    ]),
  );
  try {
    const parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
    return { positionals: parsed.positionals, values: parsed.values as Values };
  } catch (e) {
    throw new SafetynetError('usage', explainParseError(e as Error & { code?: string }, args, Object.keys(options)));
  }
}

/** Node's parseArgs message, said for people: the flag meant, or which flag lacks its value. */
function explainParseError(e: Error & { code?: string }, args: readonly string[], names: readonly string[]): string {
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'(-{1,2}[^']+)'/.exec(e.message)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
    const name = flag.replace(/^-+/, '').split('=')[0]!;
    const near = suggestName(name, names);
    return `Unknown option ${flag}${near ? `; did you mean --${near}?` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return e.message.replace(/^Option /, 'Option ');
  return e.message;
}

/** The Options section of a command's help: flags, their values, descriptions and defaults, aligned. */
export function renderFlags(specs: FlagSpecs): string[] {
  const rows = Object.entries({ ...specs, help: HELP_FLAG }).map(([name, f]) => {
    const left = `${f.short ? `-${f.short}, ` : '    '}--${name}${f.value ? ` ${f.value}` : ''}`;
    const right = `${f.description}${f.default !== undefined ? ` (default: ${f.default})` : ''}`;
    return [left, right] as const;
  });
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`);
}
