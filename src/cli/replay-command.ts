import { replay } from '../audit/index.js';
import type { Decision } from '../decision/index.js';
import type { CliIo } from './io.js';
import { readJsonArg } from './json-arg.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';

/** `safetynet replay --pack <id|dir> <decision.json> <household.json>`: exit 0 if the decision reproduces, 1 if not. */
export function replayCommand(args: readonly string[], flags: { pack?: string; json: boolean }, io: CliIo): number {
  if (!flags.pack || args.length !== 2) {
    io.err('usage: safetynet replay --pack <id|dir> <decision.json> <household.json>');
    return 2;
  }
  const stored = readJsonArg(args[0]!, io) as Decision;
  const household = readJsonArg(args[1]!, io);
  const arg = resolvePackArg(flags.pack);
  const r = replay(stored, arg.pack, household);
  notePack(io, arg);
  if (flags.json) {
    const { decision: _decision, ...rest } = r;
    io.out(JSON.stringify(rest, null, 2));
  } else {
    io.out(
      r.reproduces
        ? io.paint('green', '✓ the decision reproduces')
        : io.paint('red', '✗ the decision does not reproduce'),
    );
    if (!r.samePack) io.out(`  the pack differs: ${stored.packDigest} → ${r.decision.packDigest}`);
    for (const d of r.differences) io.out(`  ${d.field}: ${JSON.stringify(d.stored)} → ${JSON.stringify(d.now)}`);
  }
  return r.reproduces ? 0 : 1;
}
