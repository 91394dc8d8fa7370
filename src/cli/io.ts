/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Today's date in Asia/Shanghai, read once by the shim: the library itself has no clock. */
  readonly today: string;
  readonly color: boolean;
}
