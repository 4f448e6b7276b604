import { PathError, readRegularFile } from "../write/noFollow.js";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { InputError, joinPointer, type Diagnostic } from "../diagnostics.js";
import { fastParse, offsetLocator } from "./fastParse.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A schema document as read from disk: its value plus a map back to the source text. */
export interface LoadedSchema {
  readonly file: string;
  readonly value: Json;
  /** Line and column (1-based) of the value at a JSON pointer; the nearest ancestor if absent. */
  locate(pointer: string): { line: number; column: number };
  /** Whether the document has a value at a JSON pointer. */
  has(pointer: string): boolean;
  /** The exact source text of a number at a pointer, so big bounds are not rounded. */
  rawNumber(pointer: string): string | undefined;
  /** Build a diagnostic located at a pointer of this document. */
  diagnostic(code: string, pointer: string, message: string): Diagnostic;
}

/**
 * Read a schema file: a regular file (links to one are fine: the user named it). A folder, FIFO, device,
 * socket or link loop is an InputError (exit 2) before anything opens it, so a FIFO or `/dev/zero` cannot
 * hang `generate`, `check` or `diff`.
 */
export function loadSchemaFile(file: string): LoadedSchema {
  let text: string;
  try {
    text = readRegularFile(file, true);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : e instanceof PathError ? (e.reason.startsWith("is ") ? `it ${e.reason}` : e.reason) : String(e);
    throw new InputError([{ code: "read-failed", message: `cannot read schema: ${reason}`, file, pointer: "", line: 0, column: 0 }]);
  }
  return loadSchemaText(file, text);
}

/**
 * Parse JSON strictly (no comments, no trailing commas, no duplicate keys), keeping positions. `fast: false`
 * takes the slow path (a syntax tree) even for a sound document: the tests compare the two.
 */
export function loadSchemaText(file: string, text: string, options: { fast?: boolean } = {}): LoadedSchema {
  let lineStarts: number[] | undefined;
  const position = (offset: number) => {
    const starts = (lineStarts ??= indexLines(text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  // A sound document (nearly every one) is read natively; the tree with positions is built only if asked for.
  const fast = options.fast !== false && firstTooDeep(body) === -1 ? fastParse(body) : undefined;
  if (fast) {
    let offsetOf: ((pointer: string) => number | undefined) | undefined;
    const locate = locator((pointer) => (offsetOf ??= offsetLocator(body))(pointer), position, shift);
    return {
      file,
      value: fast.value,
      locate,
      has: (pointer) => valueAt(fast.value, pointer) !== undefined,
      rawNumber: (pointer) => {
        const v = valueAt(fast.value, pointer);
        return typeof v === "number" ? (fast.rawNumbers.get(pointer) ?? String(v)) : undefined;
      },
      diagnostic: (code, pointer, message) => ({ code, message, file, pointer, ...locate(pointer) }),
    };
  }
  const errors: ParseError[] = [];
  const tooDeep = firstTooDeep(body);
  if (tooDeep !== -1) {
    const where = position(tooDeep + shift);
    throw new InputError([
      {
        code: "too-deep",
        message: `nesting deeper than ${MAX_DEPTH} levels (no schema needs that; the parser would overflow its stack)`,
        file,
        pointer: "",
        ...where,
      },
    ]);
  }
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const diagnostics = (errors.length ? errors : [{ error: 4, offset: 0, length: 0 }]).map((e) => ({
      code: "json-syntax",
      message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
      file,
      pointer: "",
      ...position(e.offset + shift),
    }));
    throw new InputError(diagnostics.slice(0, 1));
  }
  // Positions are found on demand from the tree (diagnostics and diff findings need few), so loading a
  // large schema builds no pointer strings.
  const path: (string | number)[] = [];
  const duplicates: Diagnostic[] = [];
  /** Keys and strings no target can hold as plain text. */
  const refused: Diagnostic[] = [];
  const notUnicode = (pointer: string, offset: number): Diagnostic => ({
    code: "not-unicode",
    message: "a string holds a lone surrogate (\\uD800-\\uDFFF unpaired): it is not Unicode text, and neither UTF-8 nor Rust can hold it",
    file,
    pointer,
    ...position(offset + shift),
  });
  const toValue = (node: Node): Json => {
    switch (node.type) {
      case "object": {
        // Null-prototype: a key is only ever data ("toString" finds nothing inherited).
        const out = Object.create(null) as { [key: string]: Json };
        for (const prop of node.children ?? []) {
          const [keyNode, valueNode] = prop.children as [Node, Node | undefined];
          const key = keyNode.value as string;
          path.push(key);
          if (key === "__proto__") {
            refused.push({
              code: "proto-key",
              message: `the key "__proto__" is refused: JavaScript code reading the schema could take it for an object's prototype rather than data`,
              file,
              pointer: joinPointer("", ...path),
              ...position(keyNode.offset + shift),
            });
          } else if (!isUnicode(key)) {
            refused.push(notUnicode(joinPointer("", ...path), keyNode.offset));
          }
          if (Object.prototype.hasOwnProperty.call(out, key)) {
            duplicates.push({
              code: "duplicate-key",
              message: `duplicate key "${key}"`,
              file,
              pointer: joinPointer("", ...path),
              ...position(keyNode.offset + shift),
            });
          }
          out[key] = valueNode ? toValue(valueNode) : null;
          path.pop();
        }
        return out;
      }
      case "array":
        return (node.children ?? []).map((c, i) => {
          path.push(i);
          const v = toValue(c);
          path.pop();
          return v;
        });
      case "string":
        if (!isUnicode(node.value as string)) refused.push(notUnicode(joinPointer("", ...path), node.offset));
        return node.value as string;
      case "number":
      case "boolean":
      case "null":
        return node.value as Json;
      default:
        return null;
    }
  };
  const value = toValue(root);
  if (duplicates.length + refused.length > 0) throw new InputError([...duplicates, ...refused].sort((a, b) => a.line - b.line || a.column - b.column));
  const nodeAt = (pointer: string) => nodeAtPointer(root, pointer);
  const locate = locator((pointer) => nodeAt(pointer)?.offset, position, shift);
  const rawNumber = (pointer: string) => {
    const node = nodeAt(pointer);
    return node?.type === "number" ? body.slice(node.offset, node.offset + node.length) : undefined;
  };
  return {
    file,
    value,
    locate,
    has: (pointer) => nodeAt(pointer) !== undefined,
    rawNumber,
    diagnostic: (code, pointer, message) => ({ code, message, file, pointer, ...locate(pointer) }),
  };
}

/** The tree node at a JSON pointer: array indices stay numbers, so a path through several arrays resolves. */
function nodeAtPointer(root: Node, pointer: string): Node | undefined {
  if (pointer === "") return root;
  let node: Node | undefined = root;
  for (const segment of segments(pointer)) {
    if (node?.type === "array") node = /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
    else if (node?.type === "object") node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
    else return undefined;
  }
  return node;
}

/** The value at a JSON pointer, or undefined. */
function valueAt(root: Json, pointer: string): Json | undefined {
  if (pointer === "") return root;
  let v: Json | undefined = root;
  for (const segment of segments(pointer)) {
    if (Array.isArray(v)) v = /^(0|[1-9]\d*)$/.test(segment) ? v[Number(segment)] : undefined;
    else if (typeof v === "object" && v !== null) v = Object.prototype.hasOwnProperty.call(v, segment) ? v[segment] : undefined;
    else return undefined;
  }
  return v;
}

function segments(pointer: string): string[] {
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Line and column of the value at a pointer, or of its nearest ancestor that exists. */
function locator(
  offsetOf: (pointer: string) => number | undefined,
  position: (offset: number) => { line: number; column: number },
  shift: number,
): (pointer: string) => { line: number; column: number } {
  return (pointer) => {
    let p = pointer;
    for (;;) {
      const offset = offsetOf(p);
      if (offset !== undefined) return position(offset + shift);
      if (p === "") return { line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  };
}

const MAX_DEPTH = 1000;

/** Offset of the bracket that opens level MAX_DEPTH + 1 (strings skipped), or -1: jsonc-parser recurses per level. */
function firstTooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return -1;
}

/** No unpaired surrogate: the string is a sequence of Unicode scalar values. */
function isUnicode(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

function indexLines(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function describeParseError(code: string): string {
  // jsonc-parser names errors in PascalCase ("CommaExpected"); say it in words.
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
