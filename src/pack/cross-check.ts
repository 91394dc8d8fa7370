import type { Issue } from '../errors/index.js';
import type { MergedPack } from './extend.js';

type Path = (string | number)[];

function issue(
  code: string,
  path: Path,
  zh: string,
  en: string,
  args?: Record<string, unknown>,
  severity: Issue['severity'] = 'error',
): Issue {
  return { code, severity, path, message: { zh, en }, ...(args ? { args } : {}) };
}

const MONEY_UNITS = new Set(['CNY/person/month', 'CNY/month', 'CNY/person', 'CNY']);
const INTEGER_UNITS = new Set(['years', 'months', 'count', 'working-days']);

/**
 * Checks what a schema cannot see: parameter dates in order without duplicates, references to sources,
 * parameters and zones that exist, derived values without cycles, and the precision of figures.
 * Only the parts defined in `ownId` are checked, so a city pack is not blamed for its parent.
 */
export function crossCheckPack(pack: MergedPack, ownId: string): Issue[] {
  const issues: Issue[] = [];
  const zones = Object.keys(pack.zones);
  const checkSource = (id: string | undefined, path: Path) => {
    if (id !== undefined && !(id in pack.sources)) {
      issues.push(
        issue(
          'source_unknown',
          path,
          `未定义的来源 "${id}"（请在 sources 中声明）`,
          `Unknown source "${id}" (declare it under sources)`,
          { source: id },
        ),
      );
    }
  };

  for (const [key, param] of Object.entries(pack.parameters)) {
    if (param.definedIn !== ownId) continue;
    if (param.parentUnit !== undefined) {
      issues.push(
        issue(
          'param_unit_changed',
          ['parameters', key, 'unit'],
          `单位 ${param.unit} 与上级政策包的 ${param.parentUnit} 不一致`,
          `Unit ${param.unit} differs from the parent pack's ${param.parentUnit}`,
          { unit: param.unit, parentUnit: param.parentUnit },
        ),
      );
    }
    const base: Path = ['parameters', key, 'values'];
    let previous: string | undefined;
    param.values.forEach((v, i) => {
      const at: Path = [...base, i];
      if (previous !== undefined) {
        if (v.from === previous) {
          issues.push(
            issue('param_duplicate_date', [...at, 'from'], `日期 ${v.from} 重复`, `Date ${v.from} appears twice`, {
              from: v.from,
            }),
          );
        } else if (v.from < previous) {
          issues.push(
            issue(
              'param_dates_out_of_order',
              [...at, 'from'],
              `日期 ${v.from} 早于上一项 ${previous}：请按时间先后排列`,
              `Date ${v.from} is before the previous entry ${previous}: list values in date order`,
              { from: v.from, previous },
            ),
          );
        }
      }
      previous = v.from;
      checkSource(v.source, [...at, 'source']);
      if (v.value !== undefined) {
        const entries: [Path, string][] =
          typeof v.value === 'string'
            ? [[[...at, 'value'], v.value]]
            : Object.entries(v.value).map(([z, x]) => [[...at, 'value', z], x]);
        for (const [p, text] of entries) checkPrecision(param.unit, text, p, issues);
        if (typeof v.value === 'object') {
          // Keyed by hukou: exactly urban and rural. Keyed by zone: exactly the pack's zones.
          const keys = param.by === 'hukou' ? ['urban', 'rural'] : zones;
          const what = param.by === 'hukou' ? { zh: '户籍类别', en: 'hukou type' } : { zh: '分区', en: 'zone' };
          for (const z of Object.keys(v.value)) {
            if (!keys.includes(z))
              issues.push(
                issue(
                  'param_unknown_zone',
                  [...at, 'value', z],
                  `未定义的${what.zh} "${z}"`,
                  `Unknown ${what.en} "${z}"`,
                  { zone: z, zones: keys },
                ),
              );
          }
          for (const z of keys) {
            if (!(z in v.value))
              issues.push(
                issue(
                  'param_zone_missing',
                  [...at, 'value'],
                  `缺少${what.zh} "${z}" 的数值`,
                  `No value for ${what.en} "${z}"`,
                  { zone: z },
                ),
              );
          }
        }
      }
      if (v.multiply) {
        for (const [field, ref] of [
          ['parameter', v.multiply.parameter],
          ['by', v.multiply.by],
        ] as const) {
          if (/^[a-z]/.test(ref) && !(ref in pack.parameters)) {
            issues.push(
              issue(
                'param_unknown_reference',
                [...at, 'multiply', field],
                `引用了未定义的参数 "${ref}"`,
                `Refers to an unknown parameter "${ref}"`,
                { parameter: ref },
              ),
            );
          }
        }
      }
    });
  }
  issues.push(...findMultiplyCycles(pack, ownId));

  for (const [id, prog] of Object.entries(pack.programmes)) {
    if (prog.definedIn !== ownId) continue;
    checkSource(prog.source, ['programmes', id, 'source']);
    prog.actions?.forEach((a, i) => {
      if (a.kind === 'refer' && a.department !== undefined && !(a.department in pack.referrals)) {
        issues.push(
          issue(
            'action_unknown_department',
            ['programmes', id, 'actions', i, 'department'],
            `未定义的转介部门 "${a.department}"`,
            `Unknown referral "${a.department}"`,
            { department: a.department },
          ),
        );
      }
      if (a.cycle !== undefined && !(a.cycle in pack.cycles)) {
        issues.push(
          issue(
            'action_unknown_cycle',
            ['programmes', id, 'actions', i, 'cycle'],
            `未定义的回访周期 "${a.cycle}"`,
            `Unknown cycle "${a.cycle}"`,
            { cycle: a.cycle },
          ),
        );
      }
    });
  }
  for (const [id, c] of Object.entries(pack.urgency?.classes ?? {}))
    checkSource(c.source, ['urgency', 'classes', id, 'source']);
  issues.push(...checkUrgency(pack));
  for (const [id, c] of Object.entries(pack.cycles)) checkSource(c.source, ['cycles', id, 'source']);
  for (const [id, t] of Object.entries(pack.difficulty?.tiers ?? {})) {
    checkSource(t.source, ['difficulty', 'tiers', id, 'source']);
    if (t.cycle !== undefined && !(t.cycle in pack.cycles)) {
      issues.push(
        issue(
          'tier_unknown_cycle',
          ['difficulty', 'tiers', id, 'cycle'],
          `未定义的回访周期 "${t.cycle}"`,
          `Unknown cycle "${t.cycle}"`,
          { cycle: t.cycle },
        ),
      );
    }
  }
  for (const [id, r] of Object.entries(pack.referrals)) checkSource(r.source, ['referrals', id, 'source']);
  for (const [id, t] of Object.entries(pack.transitions))
    checkSource(t.source, ['screening', 'transitions', id, 'source']);
  for (const [i, x] of (pack.income.excluded ?? []).entries())
    checkSource(x.source, ['income', 'excluded', i, 'source']);

  const seen = new Map<string, string>();
  for (const [zone, districts] of Object.entries(pack.zones)) {
    districts.forEach((d, i) => {
      const other = seen.get(d);
      if (other !== undefined)
        issues.push(
          issue(
            'zone_district_twice',
            ['zones', zone, i],
            `区县 "${d}" 同时属于分区 ${other} 和 ${zone}`,
            `District "${d}" is in zone ${other} and zone ${zone}`,
            { district: d },
          ),
        );
      seen.set(d, zone);
    });
  }
  return issues;
}

/** What `computeSla` would otherwise only discover when a report arrives. */
function checkUrgency(pack: MergedPack): Issue[] {
  const u = pack.urgency;
  if (!u) return [];
  const out: Issue[] = [];
  if (u.pauseClockOutsideOfficeHours && !u.officeHours) {
    out.push(
      issue(
        'urgency_office_hours_missing',
        ['urgency', 'pauseClockOutsideOfficeHours'],
        '暂停计时需要设定办公时间（officeHours）',
        'Pausing the clock outside office hours needs officeHours',
      ),
    );
  }
  if (u.officeHours && u.officeHours.start >= u.officeHours.end) {
    out.push(
      issue(
        'urgency_office_hours_order',
        ['urgency', 'officeHours'],
        `办公时间开始 ${u.officeHours.start} 应早于结束 ${u.officeHours.end}`,
        `Office hours must start (${u.officeHours.start}) before they end (${u.officeHours.end})`,
      ),
    );
  }
  if (u.atRiskShare !== undefined && Number(u.atRiskShare) > 1) {
    out.push(
      issue(
        'urgency_bad_at_risk_share',
        ['urgency', 'atRiskShare'],
        `预警比例 ${u.atRiskShare} 应在 0 到 1 之间`,
        `atRiskShare ${u.atRiskShare} must be between 0 and 1`,
      ),
    );
  }
  for (const [id, c] of Object.entries(u.classes)) {
    for (const limit of ['firstResponse', 'disposal'] as const) {
      const l = c[limit];
      if (u.pauseClockOutsideOfficeHours && typeof l === 'string' && /^P\d+D/.test(l)) {
        out.push(
          issue(
            'urgency_day_limit_in_office_hours',
            ['urgency', 'classes', id, limit],
            `按办公时间计时时，时限 ${l} 含“天”含义不明，请用小时或工作日`,
            `With the clock paused outside office hours, ${l} is ambiguous: use hours or working days`,
          ),
        );
      }
    }
  }
  // A class without a condition matches every report: any class less urgent than it can never be chosen.
  const catchAll = Object.entries(u.classes).filter(([, c]) => c.when === undefined);
  const leastUrgent = Math.max(...Object.values(u.classes).map((c) => c.priority));
  for (const [id, c] of catchAll) {
    if (c.priority < leastUrgent || catchAll.length > 1) {
      out.push(
        issue(
          'urgency_catch_all_shadows',
          ['urgency', 'classes', id],
          `紧急程度 ${id} 没有条件，会遮住优先级更低的类别`,
          `Urgency class ${id} has no condition, so it shadows every less urgent class`,
          { class: id },
          'warning',
        ),
      );
    }
  }
  return out;
}

function checkPrecision(unit: string, text: string, path: Path, issues: Issue[]): void {
  const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  if (MONEY_UNITS.has(unit) && decimals > 2) {
    issues.push(
      issue(
        'param_money_precision',
        path,
        `金额最多两位小数（分）：${text}`,
        `Money has at most 2 decimals (fen): ${text}`,
        { value: text },
      ),
    );
  }
  if (INTEGER_UNITS.has(unit) && decimals > 0) {
    issues.push(
      issue(
        'param_not_integer',
        path,
        `单位为 ${unit} 的参数必须是整数：${text}`,
        `A parameter in ${unit} must be a whole number: ${text}`,
        { value: text },
      ),
    );
  }
}

function findMultiplyCycles(pack: MergedPack, ownId: string): Issue[] {
  const edges = new Map<string, string[]>();
  for (const [key, p] of Object.entries(pack.parameters)) {
    edges.set(
      key,
      p.values.flatMap((v) =>
        v.multiply ? [v.multiply.parameter, v.multiply.by].filter((r) => r in pack.parameters) : [],
      ),
    );
  }
  const issues: Issue[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (key: string, trail: string[]): void => {
    if (state.get(key) === 2) return;
    if (state.get(key) === 1) {
      const cycle = [...trail.slice(trail.indexOf(key)), key];
      const start = cycle[0]!;
      if (pack.parameters[start]?.definedIn === ownId) {
        issues.push(
          issue(
            'param_cycle',
            ['parameters', start],
            `参数互相引用成环：${cycle.join(' → ')}`,
            `Parameters refer to each other in a cycle: ${cycle.join(' → ')}`,
            { cycle },
          ),
        );
      }
      return;
    }
    state.set(key, 1);
    for (const next of edges.get(key) ?? []) visit(next, [...trail, key]);
    state.set(key, 2);
  };
  for (const key of edges.keys()) visit(key, []);
  return issues;
}

/** Warnings for figures that rest on unverified sources or are marked unverified themselves. */
export function unverifiedWarnings(pack: MergedPack, ownId: string): Issue[] {
  const out: Issue[] = [];
  for (const [key, param] of Object.entries(pack.parameters)) {
    if (param.definedIn !== ownId) continue;
    param.values.forEach((v, i) => {
      if (v.unknown) return;
      const src = v.source !== undefined ? pack.sources[v.source] : undefined;
      const verified = v.verified ?? src?.verified ?? true;
      if (!verified) {
        out.push(
          issue(
            'figure_unverified',
            ['parameters', key, 'values', i],
            `参数 ${key} 自 ${v.from} 起的数值未经核实（来源 ${v.source ?? '—'}）`,
            `The value of ${key} from ${v.from} is not verified (source ${v.source ?? '—'})`,
            { parameter: key, from: v.from, source: v.source },
            'warning',
          ),
        );
      }
    });
  }
  for (const [id, c] of Object.entries(pack.urgency?.classes ?? {})) {
    const src = c.source !== undefined ? pack.sources[c.source] : undefined;
    const hasLimits = c.firstResponse !== undefined || c.disposal !== undefined;
    if (hasLimits && (c.verified ?? src?.verified ?? true) === false) {
      out.push(
        issue(
          'figure_unverified',
          ['urgency', 'classes', id],
          `紧急程度 ${id} 的时限未经核实`,
          `The limits of urgency class ${id} are not verified`,
          { class: id },
          'warning',
        ),
      );
    }
  }
  return out;
}

/** A yearly-reviewed parameter with no value dated in the year of `today` is stale. */
export function staleWarnings(pack: MergedPack, ownId: string, today: string): Issue[] {
  const year = today.slice(0, 4);
  const out: Issue[] = [];
  for (const [key, param] of Object.entries(pack.parameters)) {
    // A baseline parameter without values is set by each city; the city is the one to warn.
    if (param.definedIn !== ownId || param.review !== 'yearly' || param.values.length === 0) continue;
    // An `unknown` entry is not a figure: staleness is measured from the last value actually known.
    const known = [...param.values].reverse().find((v) => !v.unknown);
    if (!known || known.from.slice(0, 4) < year) {
      out.push(
        issue(
          'param_stale',
          ['parameters', key],
          `参数 ${key} 每年调整，但 ${year} 年尚无已知数值（最近已知数值自 ${known?.from ?? '—'}）`,
          `${key} is reviewed yearly but has no known value for ${year} (latest known from ${known?.from ?? '—'})`,
          { parameter: key, year, latestKnown: known?.from },
          'warning',
        ),
      );
    }
  }
  return out;
}
