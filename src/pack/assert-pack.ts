import { InputError } from '../errors/index.js';
import { packRuntimeIssue } from './runtime-messages.js';
import type { PolicyPack } from './types.js';

/**
 * Checks that a caller passed a validated pack (from `packs`, `loadPack` or `validatePack`), not a pack id,
 * a raw YAML object or nothing: a clear error instead of a crash deep inside.
 *
 * @throws {InputError} `pack_invalid_argument`
 */
export function assertPolicyPack(pack: unknown): asserts pack is PolicyPack {
  const p = pack as Partial<PolicyPack> | null | undefined;
  const ok =
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    Array.isArray(p.lineage) &&
    typeof p.programmes === 'object' &&
    typeof p.parameters === 'object' &&
    Object.isFrozen(p);
  if (ok) return;
  const got = pack === null ? 'null' : typeof pack === 'string' ? `"${pack}"` : typeof pack;
  const issue = packRuntimeIssue('pack_invalid_argument', ['pack'], { got });
  throw new InputError('pack_invalid_argument', issue.message.en, [issue]);
}
