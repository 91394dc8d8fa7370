import { buildReasons } from '../decision/index.js';
import { InputError, type Issue } from '../errors/index.js';
import { getReportScopeFact } from '../schema/index.js';
import type { PolicyPack } from '../pack/index.js';
import { isParamName, listMissingFacts, suggestName, type LeafTrace } from '../rules/index.js';
import type { Report, ReportParsed } from '../schema/index.js';
import { compileUrgency, type CompiledClass } from './_lib/compileUrgency.js';
import { buildReportEnv } from './_lib/reportEnv.js';
import type { ClassifyUrgencyOptions, MissingReportFact, UrgencyClassification } from './types.js';
import { parseReport } from '../schema/index.js';

/**
 * Puts a report in one of the pack's urgency classes (e.g. emergency / urgent / ordinary).
 *
 * - An explicit class (`options.urgency`, else the report's `urgency`) wins when the pack has it.
 * - Otherwise every class's `when` is evaluated on the report's facts (and the household's, when the
 *   report carries one), three-valued: a fact left out is unknown. The most urgent class (lowest
 *   `priority`, then id) whose condition is true is chosen. A class without `when` always matches: it is
 *   the catch-all, reported as `matched: 'default'`.
 * - More urgent classes whose condition is unknown are listed in `undetermined`, and the facts that would
 *   settle them in `missing`, so whoever takes the call knows what to ask.
 *
 * Conditions are compiled once per pack object.
 *
 * @param pack - a validated pack with `urgency.classes`
 * @param report - the report; validated and copied, never modified
 * @param options - `urgency`: an explicit class id
 * @returns the class, how it was chosen, the reasons, and what is still undetermined
 * @throws {InputError} `report_invalid` (every issue of the report); `urgency_unknown_class` (an explicit
 *   class the pack does not have); `urgency_unclassified` when no class matches and the pack has no
 *   catch-all class — its issues name the undetermined classes and the missing facts
 * @throws {PackError} `pack_no_urgency` when the pack defines no urgency classes
 * @example
 * const c = classifyUrgency(pack, { receivedAt: '2024-09-30T17:30:00+08:00', channel: 'hotline', situations: ['fire'] });
 * c.class;        // 'emergency'
 * c.matched;      // 'rule'
 * c.undetermined; // []
 */
export function classifyUrgency(
  pack: PolicyPack,
  report: Report | unknown,
  options: ClassifyUrgencyOptions = {},
): UrgencyClassification {
  return classifyParsed(pack, parseReport(report), options);
}

/** {@link classifyUrgency} on an already validated report (so `computeSla` validates once). */
export function classifyParsed(
  pack: PolicyPack,
  report: ReportParsed,
  options: ClassifyUrgencyOptions = {},
): UrgencyClassification {
  const compiled = compileUrgency(pack);
  const explicit = options.urgency ?? report.urgency;
  if (explicit !== undefined) {
    const hit = compiled.classes.find((c) => c.id === explicit);
    if (!hit)
      throw unknownClass(
        pack,
        explicit,
        options.urgency !== undefined ? ['options', 'urgency'] : ['urgency'],
        compiled.classes,
      );
    return { ...describe(hit), matched: 'explicit', reasons: [], undetermined: [], missing: [] };
  }

  const { env, parameterInfo } = buildReportEnv(pack, compiled, report);
  const undetermined: { cls: CompiledClass; missing: string[] }[] = [];
  for (const cls of compiled.classes) {
    if (!cls.when) return { ...describe(cls), matched: 'default', reasons: [], ...pending(undetermined) };
    const trace: LeafTrace[] = [];
    const result = cls.when.explain(env, trace);
    if (result === true) {
      return {
        ...describe(cls),
        matched: 'rule',
        reasons: buildReasons(pack, cls.id, trace, compiled.symbols, parameterInfo, getReportScopeFact),
        ...pending(undetermined),
      };
    }
    if (result === undefined) undetermined.push({ cls, missing: listMissingFacts(trace) });
  }
  throw unclassified(pack, undetermined);
}

function describe(cls: CompiledClass): Pick<UrgencyClassification, 'class' | 'name' | 'priority'> {
  return { class: cls.id, name: cls.def.name, priority: cls.def.priority };
}

/** The undetermined classes seen before the chosen one, and what to ask about them. */
function pending(
  list: readonly { cls: CompiledClass; missing: readonly string[] }[],
): Pick<UrgencyClassification, 'undetermined' | 'missing'> {
  const byFact = new Map<string, string[]>();
  for (const { cls, missing } of list) {
    for (const fact of missing) {
      if (isParamName(fact)) continue; // a figure missing from the pack is not something to ask the caller
      const classes = byFact.get(fact) ?? [];
      classes.push(cls.id);
      byFact.set(fact, classes);
    }
  }
  const missing: MissingReportFact[] = [...byFact].map(([fact, classes]) => ({
    fact,
    label: getReportScopeFact(fact)?.label ?? { zh: fact, en: fact },
    classes,
  }));
  return { undetermined: list.map((u) => u.cls.id), missing };
}

function unknownClass(
  pack: PolicyPack,
  id: string,
  path: (string | number)[],
  classes: readonly CompiledClass[],
): InputError {
  const known = classes.map((c) => c.id);
  const suggestion = suggestName(id, known);
  const hint = suggestion
    ? { zh: `，是否想写 ${suggestion}？`, en: `; did you mean ${suggestion}?` }
    : { zh: '', en: '' };
  const issue: Issue = {
    code: 'urgency_unknown_class',
    severity: 'error',
    path,
    message: {
      zh: `政策包 ${pack.id} 没有紧急程度分类 "${id}"（可选：${known.join('、')}）${hint.zh}`,
      en: `Pack ${pack.id} has no urgency class "${id}" (classes: ${known.join(', ')})${hint.en}`,
    },
    args: { class: id, classes: known, ...(suggestion ? { suggestion } : {}) },
  };
  return new InputError('urgency_unknown_class', issue.message.en, [issue]);
}

function unclassified(
  pack: PolicyPack,
  list: readonly { cls: CompiledClass; missing: readonly string[] }[],
): InputError {
  const issues: Issue[] = list.length
    ? list.map(({ cls, missing }) => {
        const facts = missing.filter((f) => !isParamName(f));
        return {
          code: 'urgency_undetermined',
          severity: 'error',
          path: ['urgency', 'classes', cls.id, 'when'],
          message: {
            zh: `无法判断是否属于${cls.def.name.zh}（${cls.id}）：缺少 ${facts.map((f) => getReportScopeFact(f)?.label.zh ?? f).join('、') || '政策数值'}`,
            en: `Cannot tell whether the report is ${cls.def.name.en} (${cls.id}): missing ${facts.map((f) => getReportScopeFact(f)?.label.en ?? f).join(', ') || 'figures of the pack'}`,
          },
          args: { class: cls.id, missing: [...missing] },
        };
      })
    : [
        {
          code: 'urgency_no_class_matches',
          severity: 'error',
          path: ['urgency'],
          message: {
            zh: `报告不符合政策包 ${pack.id} 的任何紧急程度分类，且该包没有兜底分类；请明确指定 urgency`,
            en: `The report matches no urgency class of pack ${pack.id}, and the pack has no catch-all class; give urgency explicitly`,
          },
          args: { pack: pack.id },
        },
      ];
  return new InputError(
    'urgency_unclassified',
    `The report could not be put in an urgency class of pack ${pack.id}`,
    issues,
  );
}
