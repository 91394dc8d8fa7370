/**
 * Interop with json-rules-engine, for teams that already run it: a pack's eligibility rules for one date as
 * json-rules-engine rules, with the exact operators they need (`safetynet-cn/json-rules-engine`). The same
 * engine, built the same way, is the reference the compiled rules are tested against. Needs the optional
 * peer dependency `json-rules-engine`; the rest of the SDK never loads it.
 *
 * @packageDocumentation
 */
export {
  toJsonRulesEngine,
  type JsonRulesEngineExport,
  type JsonRulesEngineFacts,
  type JsonRulesEngineRun,
  type ToJsonRulesEngineOptions,
} from './to-json-rules-engine.js';
