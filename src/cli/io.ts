import { readFileSync, type Stats, statSync } from 'node:fs';
/** Where the CLI writes and what it may read of the outside world; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  /** Writes raw text to standard output (no newline added), for streaming output. */
  readonly write: (chunk: string | Uint8Array) => void;
  readonly err: (text: string) => void;
  /** Today's date in Asia/Shanghai, read once by the shim: the library itself has no clock. */
  readonly today: string;
  /** The current instant (ISO), for commands that report status against now. */
  readonly now: string;
  /** Colours a text when output goes to a terminal and NO_COLOR is not set. */
  readonly paint: (color: 'red' | 'green' | 'yellow' | 'dim' | 'bold', text: string) => string;
  /** Reads standard input (for `-`). */
  readonly readStdin: () => string;
  /** Progress on long runs, to stderr; a no-op when not on a terminal. */
  readonly progress: (text: string) => void;
  /** The command was asked for JSON: notices and errors on stderr are JSON lines too. Set by the dispatcher. */
  readonly json?: boolean;
}

const CODES = { red: [31, 39], green: [32, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22] } as const;

/** A painter that colours only when `enabled`. */
export function makePainter(enabled: boolean): CliIo['paint'] {
  return (color, text) => (enabled ? `\u001b[${CODES[color][0]}m${text}\u001b[${CODES[color][1]}m` : text);
}

/**
 * Reads a text file. A missing file or a directory fails as Node says (`ENOENT`, `EISDIR`), always with the
 * path, so that the one error handler can name it (Node leaves the path out of `EISDIR`).
 */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw withPath(e, file);
  }
}

/** A file's size in bytes; a directory fails as `EISDIR` and a missing file as `ENOENT`, with the path. */
export function regularFileSize(file: string): number {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (e) {
    throw withPath(e, file);
  }
  if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR', path: file });
  return stats.size;
}

function withPath(e: unknown, file: string): unknown {
  const errno = e as NodeJS.ErrnoException;
  if (typeof errno === 'object' && errno !== null && errno.path === undefined) errno.path = file;
  return e;
}
