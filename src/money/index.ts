/**
 * Money and exact numbers, in one place: integer fen, exact fractions, comparisons, margins and their
 * display. Nothing here ever converts money to a binary float.
 */
export { parseDecimalLiteral, type LiteralProblem, type LiteralResult } from './decimal-literal.js';
export { compareNumeric, createRatio, isNumeric, isWithin, type Numeric, type Ratio } from './exact.js';
export { toFen } from './fen.js';
export { formatDifference, formatFraction, formatNumeric } from './format.js';
export { multiplyDecimalText, type DecimalRounding } from './exact-decimal.js';
