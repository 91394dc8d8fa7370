import { computeSla } from '../sla/index.js';
import { slaStatus } from '../sla/index.js';
import type { Sla } from '../sla/index.js';
import type { CliIo } from './io.js';
import { readJsonArg } from './evaluate-command.js';
import { packFromArg } from './pack-arg.js';

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
  const pack = packFromArg(flags.pack);
  const fromFile = args[0] !== undefined ? (readJsonArg(args[0], io) as Record<string, unknown>) : {};
  const report = { ...fromFile, ...(flags.received ? { receivedAt: flags.received } : {}) };
  const sla = computeSla(pack, report, flags.class ? { urgency: flags.class } : {});
  const status = flags.now ? slaStatus(sla, {}, flags.now) : undefined;
  if (flags.json) {
    io.out(JSON.stringify(status ? { ...sla, status } : sla, null, 2));
    return 0;
  }
  io.out(renderSla(sla, flags.lang));
  if (status) {
    for (const [name, s] of Object.entries(status).filter(([, v]) => v && typeof v === 'object' && 'state' in v)) {
      const st = s as { state: string; remaining?: string; overdue?: string };
      io.out(
        `  ${name}: ${st.state}${st.remaining ? ` (${st.remaining} left)` : ''}${st.overdue ? ` (${st.overdue} overdue)` : ''}`,
      );
    }
  }
  return 0;
}

function renderSla(sla: Sla, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const lines = [
    `${sla.packId} ${sla.packVersion} · ${zh ? '紧急程度' : 'class'}: ${sla.className[lang]} (${sla.class}, ${sla.matched})${sla.assistFirst ? (zh ? ' · 先行救助、后置审批' : ' · assist first, approve later') : ''}`,
    `${zh ? '接报时间' : 'received'}: ${sla.receivedAt}`,
    `${zh ? '首次响应时限' : 'first response due'}: ${sla.firstResponseDue ?? (zh ? '（政策包未设定）' : '(not set by the pack)')}`,
    `${zh ? '处置完成时限' : 'disposal due'}: ${sla.disposalDue ?? (zh ? '（政策包未设定）' : '(not set by the pack)')}`,
  ];
  for (const n of sla.notes) lines.push(`  ! ${n.text[lang]}`);
  return lines.join('\n');
}
