export {
  policyPackSchema,
  sourceSchema,
  parameterSchema,
  programmeSchema,
  urgencyClassSchema,
  limitSchema,
  CATEGORIES,
  ACTION_KINDS,
  PARAMETER_UNITS,
} from './pack.js';
export type {
  ActionDef,
  Category,
  CycleDef,
  LimitDef,
  ParameterDef,
  ParameterUnit,
  ParameterValueDef,
  PolicyPackFile,
  PolicyPackFileInput,
  ProgrammeDef,
  ReferralDef,
  SourceDef,
  TierDef,
  UrgencyClassDef,
  UrgencyDef,
} from './pack.js';
export { packJsonSchema } from './json-schema.js';
