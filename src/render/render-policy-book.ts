import type { Bilingual } from '../errors/index.js';
import { packDigest, type PackParameter, type PolicyPack } from '../pack/index.js';
import { VERSION } from '../version.js';
import { type BookLanguage, say } from './condition-text.js';
import { type Block, toHtml, toMarkdown } from './document.js';
import { BOOK_TEXT as T } from './messages.js';
import {
  incomeBlocks,
  programmeBlocks,
  referralBlocks,
  scheduleBlocks,
  supporterBlocks,
  transitionBlocks,
  urgencyBlocks,
} from './policy-book-rules.js';
import { procedureBlocks, procedureGapRows } from './policy-book-procedures.js';
import { gapRows, parameterValueRows, sourceText } from './policy-book-values.js';

/** Options of {@link renderPolicyBook}. */
export interface PolicyBookOptions {
  /** `markdown` (default) or a single self-contained `html` page. */
  readonly format?: 'markdown' | 'html';
  /** `both` (default: Chinese, then English), `zh` or `en`. */
  readonly lang?: BookLanguage;
}

/**
 * The policy book of a pack, for review meetings and pull requests: a summary and the changelog, what is
 * unknown or unverified, each programme's conditions in words, every parameter as a dated table with its
 * source and verification, zones, urgency classes, difficulty tiers, cycles and review rules, referrals,
 * supporters, income rules, transitions, procedures with their stage limits, and the sources. Generated from the
 * pack alone (no clock): the same pack gives the same book.
 *
 * @param pack - a validated pack (its parents merged)
 * @param options - `format` (`markdown` or `html`) and `lang` (`both`, `zh` or `en`)
 * @returns the book as Markdown, or as one HTML page with its styles inline
 * @example
 * writeFileSync('chengdu.md', renderPolicyBook(packs.chengdu));
 * writeFileSync('chengdu.html', renderPolicyBook(packs.chengdu, { format: 'html' }));
 */
export function renderPolicyBook(pack: PolicyPack, options: PolicyBookOptions = {}): string {
  const lang = options.lang ?? 'both';
  const blocks = policyBookBlocks(pack, lang);
  const title = `${say(pack.name, lang)} — ${say(T.title, lang)} (${pack.id} ${pack.version})`;
  return options.format === 'html' ? toHtml(blocks, title, lang === 'en' ? 'en' : 'zh') : toMarkdown(blocks);
}

/** The book's sections in order; a section the pack has nothing for is left out, the contents follow suit. */
function policyBookBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const sections: [string, Bilingual, Block[]][] = [
    ['summary', T.summary, summaryBlocks(pack, lang)],
    ['gaps', T.gaps, gapBlocks(pack, lang)],
    ['programmes', T.programmes, programmeBlocks(pack, lang)],
    ['parameters', T.parameters, parameterBlocks(pack, lang)],
    ['zones', T.zones, zoneBlocks(pack, lang)],
    ['urgency', T.urgency, urgencyBlocks(pack, lang)],
    ['schedules', T.schedules, scheduleBlocks(pack, lang)],
    ['referrals', T.referrals, referralBlocks(pack, lang)],
    ['supporters', T.supporters, supporterBlocks(pack, lang)],
    ['income', T.income, incomeBlocks(pack, lang)],
    ['transitions', T.transitions, transitionBlocks(pack, lang)],
    ['procedures', T.procedures, procedureBlocks(pack, lang)],
    ['sources', T.sources, sourceBlocks(pack, lang)],
  ];
  const present = sections.filter(([, , blocks]) => blocks.length > 0);
  return [
    { kind: 'heading', level: 1, text: `${say(pack.name, lang)} — ${say(T.title, lang)}` },
    { kind: 'note', text: say(T.generated(pack, VERSION, packDigest(pack)), lang) },
    { kind: 'list', items: present.map(([id, heading], n) => ({ text: `[${n + 1}. ${say(heading, lang)}](#${id})` })) },
    ...present.flatMap(([id, heading, blocks], n): Block[] => [
      { kind: 'heading', level: 2, text: `${n + 1}. ${say(heading, lang)}`, id },
      ...blocks,
    ]),
  ];
}

function summaryBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const j = pack.jurisdiction;
  const rows: [Bilingual, string][] = [
    [T.field.id, `\`${pack.id}\``],
    [T.field.version, pack.version],
    [T.field.lineage, pack.lineage.map((id) => `\`${id}\``).join(' → ')],
    ...(j
      ? [
          [
            T.field.jurisdiction,
            `${j.level}${j.code ? ` ${j.code}` : ''}${j.province ? ` · ${say(j.province, lang)}` : ''}`,
          ] as [Bilingual, string],
        ]
      : []),
    [T.field.timezone, pack.timezone],
    [T.field.calendar, `\`${pack.calendar}\``],
    [T.field.counts, say(T.counts(pack), lang)],
  ];
  const changes = pack.changes.map((c) => [c.version, c.date, say(c.summary, lang)]);
  return [
    {
      kind: 'table',
      head: [say(T.field.what, lang), say(T.field.value, lang)],
      rows: rows.map(([k, v]) => [say(k, lang), v]),
    },
    ...(changes.length
      ? ([
          { kind: 'heading', level: 3, text: say(T.changes, lang) },
          {
            kind: 'table',
            head: [say(T.col.version, lang), say(T.col.date, lang), say(T.col.summary, lang)],
            rows: changes,
          },
        ] as Block[])
      : []),
  ];
}

function gapBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const rows = [...gapRows(pack, lang), ...procedureGapRows(pack, lang)];
  if (!rows.length) return [{ kind: 'paragraph', text: say(T.noGaps, lang) }];
  const head = [T.col.what, T.col.where, T.col.gap, T.col.source, T.col.note].map((h) => say(h, lang));
  return [
    { kind: 'paragraph', text: say(T.gapsIntro, lang) },
    { kind: 'table', head, rows },
  ];
}

function parameterBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const params = Object.values(pack.parameters).sort((a, b) => a.key.localeCompare(b.key));
  return params.flatMap((p) => [
    { kind: 'heading', level: 3, text: parameterHeading(pack, p, lang) } as Block,
    ...(p.description ? [{ kind: 'paragraph', text: say(p.description, lang) } as Block] : []),
    p.values.length
      ? ({
          kind: 'table',
          head: [T.col.from, T.col.value, T.col.source, T.col.verified, T.col.note].map((h) => say(h, lang)),
          rows: parameterValueRows(pack, p, lang),
        } as Block)
      : ({ kind: 'paragraph', text: say(T.noValues, lang) } as Block),
  ]);
}

function parameterHeading(pack: PolicyPack, p: PackParameter, lang: BookLanguage): string {
  const facts = [
    p.unit,
    ...(p.by ? [say(p.by === 'hukou' ? T.byHukou : T.byZone, lang)] : []),
    ...(p.review === 'yearly' ? [say(T.yearly, lang)] : []),
    ...(p.definedIn !== pack.id ? [say(T.definedIn(p.definedIn), lang)] : []),
  ];
  return `\`${p.key}\`${p.label ? ` — ${say(p.label, lang)}` : ''} (${facts.join(', ')})`;
}

function zoneBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const zones = Object.entries(pack.zones);
  if (!zones.length) return [];
  return [
    {
      kind: 'table',
      head: [say(T.col.zone, lang), say(T.col.districts, lang)],
      rows: zones.map(([zone, districts]) => [`\`${zone}\``, districts.map((d) => `\`${d}\``).join(', ')]),
    },
  ];
}

function sourceBlocks(pack: PolicyPack, lang: BookLanguage): Block[] {
  const rows = Object.entries(pack.sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, s]) => [`\`${id}\``, sourceText(s), s.verified ? '✓' : '✗', s.url ?? '', s.note ?? '']);
  const head = [T.col.id, T.col.document, T.col.verified, T.col.url, T.col.note].map((h) => say(h, lang));
  return rows.length ? [{ kind: 'table', head, rows }] : [];
}
