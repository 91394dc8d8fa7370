import type { PolicyPackFile } from '../schema/index.js';
import type { PackParameter, PackProgramme, PolicyPack } from './types.js';

/** The merged pack before freezing; warnings are attached by validation. */
export type MergedPack = Omit<PolicyPack, 'warnings' | 'files'>;

const NATIONAL_DEFAULTS = { timezone: 'Asia/Shanghai', calendar: 'cn-mainland', currency: 'CNY' as const };

/**
 * Lays a pack file over its (already merged) parent. Scalar settings and whole parameters, programmes,
 * classes, tiers, cycles and referrals are replaced by id; a child that sets `enabled: false` on a programme
 * switches the parent's programme off. Sources accumulate. Nothing of either input is modified.
 */
export function extendPack(file: PolicyPackFile, parent: MergedPack | undefined): MergedPack {
  const parameters: Record<string, PackParameter> = { ...(parent?.parameters ?? {}) };
  for (const [key, def] of Object.entries(file.parameters ?? {})) {
    // A city giving its own figures keeps the baseline's label, description and review rhythm unless it restates them.
    const base = parent?.parameters[key];
    parameters[key] = {
      ...(base?.label ? { label: base.label } : {}),
      ...(base?.description ? { description: base.description } : {}),
      ...(base?.review ? { review: base.review } : {}),
      ...def,
      key,
      definedIn: file.id,
      ...(base && base.unit !== def.unit ? { parentUnit: base.unit } : {}),
    };
  }

  const programmes: Record<string, PackProgramme> = { ...(parent?.programmes ?? {}) };
  for (const [id, def] of Object.entries(file.programmes ?? {})) programmes[id] = { ...def, id, definedIn: file.id };

  const urgency =
    file.urgency || parent?.urgency
      ? {
          ...(parent?.urgency ?? {}),
          ...(file.urgency ?? {}),
          classes: { ...(parent?.urgency?.classes ?? {}), ...(file.urgency?.classes ?? {}) },
        }
      : undefined;
  const difficulty =
    file.difficulty || parent?.difficulty
      ? { tiers: { ...(parent?.difficulty?.tiers ?? {}), ...(file.difficulty?.tiers ?? {}) } }
      : undefined;

  return {
    id: file.id,
    name: file.name,
    version: file.version,
    lineage: [file.id, ...(parent?.lineage ?? [])],
    ...((file.jurisdiction ?? parent?.jurisdiction) ? { jurisdiction: file.jurisdiction ?? parent?.jurisdiction } : {}),
    currency: file.currency ?? parent?.currency ?? NATIONAL_DEFAULTS.currency,
    timezone: file.timezone ?? parent?.timezone ?? NATIONAL_DEFAULTS.timezone,
    calendar: file.calendar ?? parent?.calendar ?? NATIONAL_DEFAULTS.calendar,
    sources: { ...(parent?.sources ?? {}), ...(file.sources ?? {}) },
    zones: file.zones ?? parent?.zones ?? {},
    parameters,
    programmes,
    ...(urgency ? { urgency } : {}),
    ...(difficulty ? { difficulty } : {}),
    cycles: { ...(parent?.cycles ?? {}), ...(file.cycles ?? {}) },
    referrals: { ...(parent?.referrals ?? {}), ...(file.referrals ?? {}) },
    reviews: { ...(parent?.reviews ?? {}), ...(file.reviews ?? {}) },
    procedures: { ...(parent?.procedures ?? {}), ...(file.procedures ?? {}) },
    ...((file.supporters ?? parent?.supporters) ? { supporters: file.supporters ?? parent?.supporters } : {}),
    income: file.income ?? parent?.income ?? {},
    transitions: { ...(parent?.transitions ?? {}), ...(file.screening?.transitions ?? {}) },
    changes: file.changes ?? [],
  } as MergedPack;
}
