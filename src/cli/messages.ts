import { createIssueFactory, showValue as s, type MessageCatalog } from '../errors/index.js';

/** Wording of the issues the CLI raises itself (about the files it reads), apart from the library's. */
export const CLI_MESSAGES = {
  json_invalid: (a) => ({ zh: `不是有效的 JSON：${s(a.reason)}`, en: `Not valid JSON: ${s(a.reason)}` }),
} satisfies MessageCatalog;

/** Builds the CLI's own issues. */
export const cliIssue = createIssueFactory(CLI_MESSAGES);
