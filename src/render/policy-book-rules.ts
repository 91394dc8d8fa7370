import type { Bilingual } from '../errors/index.js';
import { ruleVerification, type PackProgramme, type PolicyPack } from '../pack/index.js';
import type { LimitDef } from '../schema/index.js';
import { type BookLanguage, conditionItems, say } from './condition-text.js';
import type { Block, ListItem } from './document.js';
import { BOOK_TEXT as T } from './messages.js';
import { sourceText } from './policy-book-values.js';

/** `✓ cd-2023 成都市…` or `✗ (no source)`: a rule's source and whether it is verified. */
function citation(pack: PolicyPack, rule: { source?: string; verified?: boolean }, lang: BookLanguage): string {
  const v = ruleVerification(pack, rule);
  const src = v.source !== undefined ? pack.sources[v.source] : undefined;
  const mark = v.verified ? '✓' : '✗';
  if (v.source === undefined) return `${mark} ${say(T.noSource, lang)}`;
  return `${mark} \`${v.source}\`${src ? ` ${sourceText(src)}` : ''}`;
}

/** A labelled condition: "Eligible when:" with the condition as nested items. */
function conditionBlock(label: Bilingual, condition: unknown, pack: PolicyPack, lang: BookLanguage): ListItem {
  return { text: `${say(label, lang)}:`, children: conditionItems(condition, pack, lang) };
}

/** Each programme, strongest first: category, subject, precedence, its conditions in words, actions, source. */
export function programmeBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const programmes = Object.values(pack.programmes).sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
  return programmes.flatMap((p) => [
    { kind: 'heading', level: 3, text: `\`${p.id}\` — ${say(p.name, lang)}` } as Block,
    ...(p.description ? [{ kind: 'paragraph', text: say(p.description, lang) } as Block] : []),
    { kind: 'list', items: programmeItems(pack, p, lang) } as Block,
  ]);
}

function programmeItems(pack: PolicyPack, p: PackProgramme, lang: BookLanguage): ListItem[] {
  const facts = [
    `${say(T.field.category, lang)}: \`${p.category}\``,
    `${say(T.field.subject, lang)}: ${say(p.subject === 'member' ? T.perMember : T.perHousehold, lang)}`,
    `${say(T.field.rank, lang)}: ${p.rank}`,
    ...(p.definedIn !== pack.id ? [say(T.definedIn(p.definedIn), lang)] : []),
  ];
  return [
    ...(p.enabled === false ? [{ text: `**${say(T.disabled, lang)}**` }] : []),
    { text: facts.join(' · ') },
    ...(p.precededBy?.length
      ? [{ text: `${say(T.precededBy, lang)}: ${p.precededBy.map((c) => `\`${c}\``).join(', ')}` }]
      : []),
    ...(p.assessedApart ? [{ text: say(T.assessedApart, lang) }] : []),
    ...(p.when ? [conditionBlock(T.appliesWhen, p.when, pack, lang)] : []),
    conditionBlock(T.eligibleWhen, p.eligible, pack, lang),
    ...(p.actions?.length ? [{ text: `${say(T.actions, lang)}:`, children: actionItems(pack, p, lang) }] : []),
    { text: `${say(T.source, lang)}: ${citation(pack, p, lang)}` },
    ...(p.note ? [{ text: `${say(T.note, lang)}: ${p.note}` }] : []),
  ];
}

function actionItems(pack: PolicyPack, p: PackProgramme, lang: BookLanguage): ListItem[] {
  return (p.actions ?? []).map((a) => {
    const target = a.department ?? a.cycle;
    const head = `\`${a.kind}\`${target ? ` → \`${target}\`` : ''}${a.text ? ` — ${say(a.text, lang)}` : ''}`;
    return a.when
      ? { text: `${head}, ${say(T.onlyWhen, lang)}:`, children: conditionItems(a.when, pack, lang) }
      : { text: head };
  });
}

function limitText(limit: LimitDef | undefined, lang: BookLanguage): string {
  if (limit === undefined) return '—';
  return typeof limit === 'string' ? `\`${limit}\`` : say(T.workingDays(limit.workingDays), lang);
}

/** Urgency classes, most urgent first: limits, assist first, conditions in words, source. */
export function urgencyBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const u = pack.urgency;
  if (!u) return [];
  const classes = Object.entries(u.classes).sort(([, a], [, b]) => a.priority - b.priority);
  const settings = [
    ...(u.officeHours ? [`${say(T.officeHours, lang)}: ${u.officeHours.start}–${u.officeHours.end}`] : []),
    ...(u.pauseClockOutsideOfficeHours ? [say(T.pauseClock, lang)] : []),
    ...(u.atRiskShare ? [`${say(T.atRisk, lang)}: ${u.atRiskShare}`] : []),
  ];
  const head = [T.col.class, T.col.priority, T.col.firstResponse, T.col.disposal, T.col.assistFirst, T.col.source];
  return [
    ...(settings.length ? [{ kind: 'paragraph', text: settings.join(' · ') } as Block] : []),
    {
      kind: 'table',
      head: head.map((h) => say(h, lang)),
      rows: classes.map(([id, c]) => [
        `\`${id}\` ${say(c.name, lang)}`,
        String(c.priority),
        limitText(c.firstResponse, lang),
        limitText(c.disposal, lang),
        c.assistFirst ? '✓' : '',
        citation(pack, c, lang),
      ]),
    },
    {
      kind: 'list',
      items: classes.map(([id, c]) =>
        c.when
          ? { text: `\`${id}\` ${say(T.whenReport, lang)}:`, children: conditionItems(c.when, pack, lang) }
          : { text: `\`${id}\`: ${say(T.everyReport, lang)}` },
      ),
    },
  ];
}

/** Difficulty tiers, visit cycles and review rules. */
export function scheduleBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const tiers = Object.entries(pack.difficulty?.tiers ?? {}).sort(([, a], [, b]) => a.rank - b.rank);
  const reviews = Object.entries(pack.reviews).sort(([, a], [, b]) => a.rank - b.rank);
  const cycles = Object.entries(pack.cycles);
  const every = (e: { months: number } | { days: number }) =>
    say('months' in e ? T.everyMonths(e.months) : T.everyDays(e.days), lang);
  return [
    ...(tiers.length
      ? [
          { kind: 'heading', level: 3, text: say(T.tiers, lang) } as Block,
          {
            kind: 'list',
            items: tiers.map(([id, t]) => ({
              text: `\`${id}\` ${say(t.name, lang)} (${say(T.field.rank, lang)} ${t.rank}${t.cycle ? `, ${say(T.cycle, lang)} \`${t.cycle}\`` : ''}) — ${citation(pack, t, lang)}`,
              children: conditionItems(t.when, pack, lang),
            })),
          } as Block,
        ]
      : []),
    ...(cycles.length
      ? [
          { kind: 'heading', level: 3, text: say(T.cycles, lang) } as Block,
          {
            kind: 'table',
            head: [T.col.id, T.col.name, T.col.every, T.col.source].map((h) => say(h, lang)),
            rows: cycles.map(([id, c]) => [`\`${id}\``, say(c.name, lang), every(c.every), citation(pack, c, lang)]),
          } as Block,
        ]
      : []),
    ...(reviews.length
      ? [
          { kind: 'heading', level: 3, text: say(T.reviews, lang) } as Block,
          {
            kind: 'list',
            items: reviews.map(([id, r]) => ({
              text: `\`${id}\` ${say(r.name, lang)} (${say(T.field.rank, lang)} ${r.rank}, ${say(T.cycle, lang)} \`${r.cycle}\`) — ${citation(pack, r, lang)}`,
              children: conditionItems(r.when, pack, lang),
            })),
          } as Block,
        ]
      : []),
  ];
}

/** Referrals: the department and when a household is referred. */
export function referralBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const items = Object.entries(pack.referrals).map(([id, r]) => ({
    text: `\`${id}\` ${say(r.name, lang)} → ${say(r.department, lang)} — ${citation(pack, r, lang)}`,
    children: conditionItems(r.when, pack, lang),
  }));
  return items.length ? [{ kind: 'list', items }] : [];
}

/** When a legal supporter counts as unable to support. */
export function supporterBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const s = pack.supporters;
  if (!s) return [];
  return [
    { kind: 'list', items: [conditionBlock(T.supporterUnable, s.unable, pack, lang)] },
    { kind: 'paragraph', text: `${say(T.source, lang)}: ${citation(pack, s, lang)}${s.note ? ` — ${s.note}` : ''}` },
  ];
}

/** Income not counted, by type and period, and support payments left out of the single-person test. */
export function incomeBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const excluded = pack.income.excluded ?? [];
  const support = pack.income.disregardedSupport ?? [];
  const out: Block[] = [];
  if (excluded.length)
    out.push({
      kind: 'table',
      head: [T.col.incomeType, T.col.from, T.col.to, T.col.test, T.col.status, T.col.source, T.col.note].map((h) =>
        say(h, lang),
      ),
      rows: excluded.map((x) => [
        `\`${x.type}\``,
        x.from ?? '',
        x.to ?? '',
        x.for ?? 'all',
        say(x.unknown ? T.unknown : T.notCounted, lang),
        x.source ? `\`${x.source}\`` : '',
        x.note ?? '',
      ]),
    });
  if (support.length)
    out.push({
      kind: 'list',
      items: support.map((d) => ({
        text: `${say(T.disregardedSupport, lang)}: \`${d.payer}\` — \`${d.source}\`${d.note ? ` — ${d.note}` : ''}`,
      })),
    });
  return out;
}

/** Transitions screening warns about. */
export function transitionBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const items = Object.entries(pack.transitions).map(([id, t]) => ({
    text: `\`${id}\` ${say(t.name, lang)}${t.advice ? ` — ${say(t.advice, lang)}` : ''} — ${citation(pack, t, lang)}`,
    children: conditionItems(t.when, pack, lang),
  }));
  return items.length ? [{ kind: 'list', items }] : [];
}
