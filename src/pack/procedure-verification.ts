import type { ProcedureDef, ProcedureStageDef, SourceDef } from '../schema/index.js';

/**
 * Whether a stage's limit is verified, and the source it rests on: the stage's own `verified`, else the
 * procedure's, else its source's (the stage's source, else the procedure's), else true. The one rule for
 * validation warnings and for the `verified` flag of computed deadlines.
 *
 * @example
 * stageVerification(pack.sources, pack.procedures['dibao-review']!, stage); // { verified: false, source: 'mca-2021-dibao' }
 */
export function stageVerification(
  sources: Readonly<Record<string, SourceDef>>,
  procedure: ProcedureDef,
  stage: ProcedureStageDef,
): { readonly verified: boolean; readonly source?: string } {
  const source = stage.source ?? procedure.source;
  const src = source !== undefined ? sources[source] : undefined;
  const verified = stage.verified ?? procedure.verified ?? src?.verified ?? true;
  return source !== undefined ? { verified, source } : { verified };
}
