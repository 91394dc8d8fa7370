import { evaluate } from '../decision/index.js';
import { renderDecision } from '../render/index.js';
import type { CliIo } from './io.js';
import { readJsonArg } from './json-arg.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';

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
  const arg = resolvePackArg(flags.pack);
  const pack = arg.pack;
  const input = readJsonArg(args[0]!, io);
  const asOf = flags.asOf ?? io.today;
  const decision = evaluate(pack, input, {
    asOf,
    lastKnown: flags.lastKnown,
    ...(flags.knownAt ? { knownAt: flags.knownAt } : {}),
    ...(Object.keys(flags.overrides).length ? { overrides: flags.overrides } : {}),
  });
  notePack(io, arg);
  io.out(
    flags.json ? JSON.stringify(decision, null, 2) : renderDecision(decision, { lang: flags.lang, trace: flags.trace }),
  );
  return 0;
}
