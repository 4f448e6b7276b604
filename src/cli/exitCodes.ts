/** The CLI's exit codes (documented in the README). */
export const EXIT = {
  ok: 0,
  /** `check`: the output folder differs from what the schema produces. */
  drift: 1,
  /** Bad input: the schema (or another input file) is invalid, or the command line is. */
  badInput: 2,
  /** A bug or an environment failure (disk full, permissions): nothing was half-written. */
  internal: 3,
} as const;
