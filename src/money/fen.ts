/**
 * Parses a validated money input (a non-negative amount in yuan with at most 2 decimals, as text or a
 * plain number) into integer fen, digit by digit: no binary floating point ever touches the amount.
 *
 * @example
 * toFen('1133.33'); // 113333
 * toFen('1160');    // 116000
 */
export function toFen(amount: string | number): number {
  const text = typeof amount === 'number' ? String(amount) : amount;
  let fen = 0;
  let decimals = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      decimals = 0;
      continue;
    }
    fen = fen * 10 + (c - 48);
    if (decimals >= 0) decimals++;
  }
  if (decimals <= 0) return fen * 100;
  return decimals === 1 ? fen * 10 : fen;
}
