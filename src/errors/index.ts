export { formatIssue, formatPath } from './issue.js';
export type { Bilingual, Issue, Severity } from './issue.js';
export { CalendarError, InputError, PackError, ParameterError, SafetynetError } from './errors.js';
export {
  createIssueFactory,
  DID_YOU_MEAN_VARIANTS,
  didYouMean,
  messageEntry,
  prefixCatalog,
  showList,
  showValue,
} from './catalog.js';
export type {
  IssueFactory,
  IssuePath,
  MessageArgs,
  MessageCatalog,
  MessageEntry,
  MessageText,
  PrefixedCatalog,
} from './catalog.js';
export { invalid, validated, type ValidationResult } from './result.js';
