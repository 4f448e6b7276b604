import { oneLine } from "./render/escape.js";
/** Errors as data: every problem found in an input carries where it is. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `json-syntax`, `unresolved-ref`. */
  code: string;
  message: string;
  file: string;
  /** JSON Pointer into the document ("" is the root). */
  pointer: string;
  line: number;
  column: number;
}

/** Raised by a pipeline stage when its input is bad; the CLI maps it to exit code 2. */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "InputError";
    this.diagnostics = diagnostics;
  }
}

/** `file:line:column: message [code] at pointer` — one line, the place first (no line:column when unknown, line 0). */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.pointer === "" ? "#" : `#${d.pointer}`;
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  // Names, keys and file names come from the input: spelled so that none can break the line.
  return oneLine(`${where}: error: ${d.message} [${d.code}] at ${at}`);
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return segments.reduce<string>((p, s) => `${p}/${escapePointerSegment(String(s))}`, base);
}
