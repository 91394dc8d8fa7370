import { renderSla } from '../render/index.js';
import { computeSla, slaStatus } from '../sla/index.js';
import type { CliIo } from './io.js';
import { readJsonArg } from './json-arg.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';

/**
 * `safetynet sla --pack <id> --received <iso> (--class <id> | <report.json>)`: the class and deadlines of a
 * report; with `--now`, where each deadline stands.
 */
export function slaCommand(
  args: readonly string[],
  flags: { pack?: string; received?: string; class?: string; now?: string; json: boolean; lang: 'zh' | 'en' },
  io: CliIo,
): number {
  if (!flags.pack || (args.length === 0 && !flags.received) || args.length > 1) {
    io.err(
      'usage: safetynet sla --pack <id|dir> --received <ISO timestamp with offset> (--class <id> | <report.json|->)',
    );
    return 2;
  }
  const arg = resolvePackArg(flags.pack);
  const pack = arg.pack;
  const fromFile = args[0] !== undefined ? (readJsonArg(args[0], io) as Record<string, unknown>) : {};
  const report = { ...fromFile, ...(flags.received ? { receivedAt: flags.received } : {}) };
  const sla = computeSla(pack, report, flags.class ? { urgency: flags.class } : {});
  const status = flags.now ? slaStatus(sla, {}, flags.now) : undefined;
  notePack(io, arg);
  io.out(
    flags.json
      ? JSON.stringify(status ? { ...sla, status } : sla, null, 2)
      : renderSla(sla, { lang: flags.lang, ...(status ? { status } : {}) }),
  );
  return 0;
}
