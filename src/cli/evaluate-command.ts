import { readFileSync } from 'node:fs';
import { InputError } from '../errors/index.js';
import { evaluate } from '../decision/index.js';
import { renderDecision } from '../render/index.js';
import type { CliIo } from './io.js';
import { packFromArg } from './pack-arg.js';

/** Reads a JSON document from a file or from standard input (`-`). */
export function readJsonArg(arg: string, io: CliIo): unknown {
  const text = arg === '-' ? io.readStdin() : readFileSync(arg, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError('json_invalid', `${arg === '-' ? 'stdin' : arg} is not valid JSON: ${(e as Error).message}`, [
      {
        code: 'json_invalid',
        severity: 'error',
        path: [],
        message: { zh: `不是有效的 JSON：${(e as Error).message}`, en: `Not valid JSON: ${(e as Error).message}` },
        file: arg,
      },
    ]);
  }
}

/** `safetynet evaluate --pack <id|dir> --as-of <date> <household.json|->`: prints the explained decision. */
export function evaluateCommand(
  args: readonly string[],
  flags: {
    pack?: string;
    asOf?: string;
    lang: 'zh' | 'en';
    json: boolean;
    trace: boolean;
    lastKnown: boolean;
    knownAt?: string;
    overrides: Record<string, string | Record<string, string>>;
  },
  io: CliIo,
): number {
  if (!flags.pack || args.length !== 1) {
    io.err('usage: safetynet evaluate --pack <id|dir> [--as-of YYYY-MM-DD] <household.json|->');
    return 2;
  }
  const pack = packFromArg(flags.pack);
  const input = readJsonArg(args[0]!, io);
  const asOf = flags.asOf ?? io.today;
  const decision = evaluate(pack, input, {
    asOf,
    lastKnown: flags.lastKnown,
    ...(flags.knownAt ? { knownAt: flags.knownAt } : {}),
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
  });
  io.out(
    flags.json ? JSON.stringify(decision, null, 2) : renderDecision(decision, { lang: flags.lang, trace: flags.trace }),
  );
  return 0;
}
