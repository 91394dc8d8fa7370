import type { CliIo } from './io.js';

/** Where a long run stands. */
export interface ProgressState {
  /** Units done (households, or bytes when `bytes` is set). */
  readonly done: number;
  /** Units in all, when known (a file's size; unknown for standard input). */
  readonly total?: number;
  /** Households done, when progress is measured in bytes. */
  readonly households?: number;
  readonly elapsedMs: number;
  readonly bytes?: boolean;
}

/** Reports progress at most every `everyMs` on the progress line (stderr, only on a terminal). */
export interface ProgressReporter {
  update(done: number, extra?: { households?: number }): void;
  /** Clears the progress line. */
  end(): void;
}

/**
 * A progress reporter for a command: done, rate and time left, rewritten in place on stderr when it is a
 * terminal (`io.progress` is a no-op otherwise).
 *
 * @example
 * const p = createProgress(io, 'diff', { total: records.length });
 * records.forEach((r, i) => { work(r); p.update(i + 1); });
 * p.end();
 */
export function createProgress(
  io: CliIo,
  label: string,
  options: { total?: number; bytes?: boolean; everyMs?: number; clock?: () => number } = {},
): ProgressReporter {
  const clock = options.clock ?? Date.now;
  const started = clock();
  let last = -Infinity;
  return {
    update(done, extra = {}) {
      const now = clock();
      if (now - last < (options.everyMs ?? 200)) return;
      last = now;
      const state: ProgressState = {
        done,
        elapsedMs: now - started,
        ...(options.total !== undefined ? { total: options.total } : {}),
        ...(extra.households !== undefined ? { households: extra.households } : {}),
        ...(options.bytes ? { bytes: true } : {}),
      };
      io.progress(`${label}: ${formatProgress(state)}`);
    },
    end: () => io.progress(''),
  };
}

/**
 * One progress line: how much is done (and of how much), the rate, and the time left.
 *
 * @example
 * formatProgress({ done: 1200, total: 5000, elapsedMs: 2000 }); // '1 200 of 5 000 households (24%) · 600/s · about 7 s left'
 */
export function formatProgress(s: ProgressState): string {
  const seconds = s.elapsedMs / 1000;
  const households = s.bytes ? s.households : s.done;
  const parts: string[] = [];
  if (s.bytes) {
    if (households !== undefined) parts.push(`${group(households)} households`);
    parts.push(s.total ? `${percent(s.done, s.total)} of ${size(s.total)}` : `${size(s.done)} read`);
  } else {
    parts.push(
      s.total
        ? `${group(s.done)} of ${group(s.total)} households (${percent(s.done, s.total)})`
        : `${group(s.done)} households`,
    );
  }
  if (seconds > 0 && households !== undefined) parts.push(`${group(Math.round(households / seconds))}/s`);
  if (s.total && s.done > 0 && s.done < s.total) {
    const left = (seconds * (s.total - s.done)) / s.done;
    parts.push(`about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left`);
  }
  return parts.join(' · ');
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

function percent(done: number, total: number): string {
  return `${Math.floor((100 * done) / total)}%`;
}

function size(bytes: number): string {
  return bytes < 1 << 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
