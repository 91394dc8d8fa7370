import { createIssueFactory, prefixCatalog, showValue as s } from '../errors/index.js';
import type { MessageCatalog } from '../errors/index.js';
import {
  CASE_REFINEMENT_MESSAGES,
  DATE_REFINEMENT_MESSAGES,
  FILE_DETAILS_ZH,
  PACK_REFINEMENT_MESSAGES,
  PRIMITIVE_DETAILS_ZH,
  REPORT_REFINEMENT_MESSAGES,
  shapeMessages,
} from './document-messages.js';

export type { SchemaPrefix, SchemaShapeCode } from './document-messages.js';

/** Wording of zod's findings, with the Chinese of every detail message (each document's in document-messages.ts). */
const SHAPE_MESSAGES = shapeMessages([PRIMITIVE_DETAILS_ZH, FILE_DETAILS_ZH]);

/** Codes our own refinements give (`params: { code }`), with their wording (each document's in document-messages.ts). */
const REFINEMENT_MESSAGES = {
  ...DATE_REFINEMENT_MESSAGES,
  ...PACK_REFINEMENT_MESSAGES,
  ...REPORT_REFINEMENT_MESSAGES,
  ...CASE_REFINEMENT_MESSAGES,
} satisfies MessageCatalog;

/** A code a schema refinement may give in `params.code`. */
export type SchemaRefinementCode = keyof typeof REFINEMENT_MESSAGES;

/** Wording of every issue found by the schemas of packs, households, reports, calendars and scenarios. */
export const SCHEMA_MESSAGES = {
  ...prefixCatalog('household', SHAPE_MESSAGES),
  ...prefixCatalog('report', SHAPE_MESSAGES),
  ...prefixCatalog('scenario', SHAPE_MESSAGES),
  ...prefixCatalog('calendar', SHAPE_MESSAGES),
  ...prefixCatalog('pack', SHAPE_MESSAGES),
  ...prefixCatalog('case', SHAPE_MESSAGES),
  ...REFINEMENT_MESSAGES,
  json_invalid: (a) => ({ zh: `不是有效的 JSON：${s(a.reason)}`, en: `Not valid JSON: ${s(a.reason)}` }),
} satisfies MessageCatalog;

/** Whether a refinement's `params.code` has wording here. */
export function isSchemaRefinementCode(code: unknown): code is SchemaRefinementCode {
  return typeof code === 'string' && Object.hasOwn(REFINEMENT_MESSAGES, code);
}

export const schemaIssue = /* @__PURE__ */ createIssueFactory(SCHEMA_MESSAGES);
