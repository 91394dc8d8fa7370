import type { Issue } from '../errors/index.js';
import type { PolicyPackFile } from '../schema/index.js';
import type { MergedPack } from './extend.js';
import { suggestion } from './cross-check.js';
import { packIssue } from './messages.js';

/**
 * What a schema cannot see in review rules and support disregards: the cycle and the sources they name
 * exist. Only the parts written in this pack's own file are checked.
 */
export function checkReviewsAndSupport(pack: MergedPack, file: PolicyPackFile): Issue[] {
  const issues: Issue[] = [];
  const source = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !Object.hasOwn(pack.sources, id))
      issues.push(
        packIssue('review_unknown_source', path, { source: id, ...suggestion(id, Object.keys(pack.sources)) }),
      );
  };
  for (const [id, r] of Object.entries(file.reviews ?? {})) {
    if (!Object.hasOwn(pack.cycles, r.cycle)) {
      const args = { cycle: r.cycle, review: id, ...suggestion(r.cycle, Object.keys(pack.cycles)) };
      issues.push(packIssue('review_unknown_cycle', ['reviews', id, 'cycle'], args));
    }
    source(r.source, ['reviews', id, 'source']);
  }
  for (const [i, d] of (file.income?.disregardedSupport ?? []).entries()) {
    source(d.source, ['income', 'disregardedSupport', i, 'source']);
  }
  return issues;
}
