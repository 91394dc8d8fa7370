import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the issues raised when a pack is read from a git revision (`diff origin/main:policies/chengdu …`). */
export const REVISION_MESSAGES = {
  pack_revision_spec_invalid: (a) => ({
    zh: `应写作 <修订版本>:<目录>（如 origin/main:policies/chengdu），收到 ${s(a.spec)}`,
    en: `Expected <revision>:<directory> (such as origin/main:policies/chengdu), got ${s(a.spec)}`,
  }),
  pack_revision_not_found: (a) => ({
    zh: `在 git 修订版本 ${s(a.revision)} 中找不到政策包 ${s(a.file)}`,
    en: `No pack ${s(a.file)} at git revision ${s(a.revision)}`,
  }),
} satisfies MessageCatalog;

/** Builds the issues of reading packs at a git revision. */
export const revisionIssue = createIssueFactory(REVISION_MESSAGES);
