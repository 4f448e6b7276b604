// The loader's fast path: JSON.parse for the value, then one scan of the (now known valid) text for what
// JSON.parse hides — duplicate keys, a `__proto__` key, an escaped lone surrogate — and for the numbers
// whose value would not print back as written (u64 bounds, `1.0`, `1e2`). Anything unusual returns
// undefined, and the loader takes its slow path, which locates every problem; so this never decides
// what is refused, only how fast a sound document is read.
import type { Json } from "./loadSchema.js";
import { escapePointerSegment, joinPointer } from "../diagnostics.js";

export interface FastParsed {
  value: Json;
  /** The source text of each number that does not print back as written, by JSON pointer. */
  rawNumbers: ReadonlyMap<string, string>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/** The document's value with null-prototype objects and its unusual numbers, or undefined: take the slow path. */
export function fastParse(body: string): FastParsed | undefined {
  // ES2024's String.prototype.isWellFormed (Node 20 has it; this project's lib is older): no raw lone surrogate.
  if (!(body as unknown as { isWellFormed(): boolean }).isWellFormed()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const rawNumbers = scan(body);
  return rawNumbers && { value: nullPrototype(parsed), rawNumbers };
}

interface Frame {
  /** Keys seen so far (objects only). */
  keys: Set<string> | undefined;
  /** The next array index. */
  index: number;
  /** Whether the next string in this object is a key. */
  expectKey: boolean;
}

/** One pass over valid JSON: undefined on a duplicate key, `__proto__` or an escaped surrogate. */
function scan(text: string): Map<string, string> | undefined {
  const raw = new Map<string, string>();
  const stack: Frame[] = [];
  const path: (string | number)[] = [];
  /** Before a value in an array: its index joins the path (popped after the value). */
  const enterValue = () => {
    const top = stack[stack.length - 1];
    if (top && top.keys === undefined) path.push(top.index++);
  };
  const leaveValue = () => {
    const top = stack[stack.length - 1];
    if (top) {
      path.pop();
      if (top.keys !== undefined) top.expectKey = true;
    }
  };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
      case 0x2c: // ,
      case 0x3a: // :
        i++;
        break;
      case 0x7b: // {
      case 0x5b: // [
        enterValue();
        stack.push({ keys: c === 0x7b ? new Set() : undefined, index: 0, expectKey: c === 0x7b });
        i++;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        leaveValue();
        i++;
        break;
      case 0x22: {
        // "
        const end = stringEnd(text, i);
        const token = text.slice(i, end);
        const escaped = token.includes("\\");
        if (escaped && ESCAPED_SURROGATE.test(token)) return undefined;
        i = end;
        const top = stack[stack.length - 1];
        if (top?.keys !== undefined && top.expectKey) {
          const key = stringValue(token);
          if (key === "__proto__" || top.keys.has(key)) return undefined;
          top.keys.add(key);
          top.expectKey = false;
          path.push(key);
        } else {
          enterValue();
          leaveValue();
        }
        break;
      }
      case 0x74: // true
      case 0x6e: // null
        enterValue();
        leaveValue();
        i += 4;
        break;
      case 0x66: // false
        enterValue();
        leaveValue();
        i += 5;
        break;
      default: {
        NUMBER.lastIndex = i;
        const token = NUMBER.exec(text)![0];
        enterValue();
        if (String(Number(token)) !== token) raw.set(joinPointer("", ...path), token);
        leaveValue();
        i += token.length;
      }
    }
  }
  return raw;
}

/** The parsed value with every object rebuilt without a prototype: a key is only ever data. */
function nullPrototype(value: unknown): Json {
  if (Array.isArray(value)) return value.map(nullPrototype);
  if (typeof value !== "object" || value === null) return value as Json;
  const out = Object.create(null) as { [key: string]: Json };
  for (const key of Object.keys(value)) out[key] = nullPrototype((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * The source offset of the value at a JSON pointer in valid JSON, or undefined. Each container on a path is
 * indexed once (its members' offsets, skipping their values), so locating many pointers costs about one
 * pass over the text, without a syntax tree.
 */
export function offsetLocator(text: string): (pointer: string) => number | undefined {
  const offsets = new Map<string, number | undefined>([["", skipSpace(text, 0)]]);
  const index = (container: string, at: number) => {
    const object = text.charCodeAt(at) === 0x7b;
    let i = skipSpace(text, at + 1);
    for (let n = 0; text.charCodeAt(i) !== (object ? 0x7d : 0x5d); n++) {
      let segment = String(n);
      if (object) {
        const end = stringEnd(text, i);
        const token = text.slice(i, end);
        segment = escapePointerSegment(stringValue(token));
        i = skipSpace(text, skipSpace(text, end) + 1); // past the colon
      }
      offsets.set(`${container}/${segment}`, i);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
    }
  };
  const offsetOf = (pointer: string): number | undefined => {
    if (offsets.has(pointer)) return offsets.get(pointer);
    const parent = pointer.slice(0, pointer.lastIndexOf("/"));
    const at = offsetOf(parent);
    const c = at === undefined ? -1 : text.charCodeAt(at);
    if (c === 0x7b || c === 0x5b) {
      if (!offsets.has(`${parent}\0indexed`)) {
        index(parent, at!);
        offsets.set(`${parent}\0indexed`, 0);
      }
    }
    if (!offsets.has(pointer)) offsets.set(pointer, undefined);
    return offsets.get(pointer);
  };
  return offsetOf;
}

/** The text a JSON string token (quotes included) stands for: JSON.parse only where it has an escape. */
function stringValue(token: string): string {
  return token.includes("\\") ? (JSON.parse(token) as string) : token.slice(1, -1);
}

function skipSpace(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  return i;
}

/** The offset just past the string that starts at `i`. */
function stringEnd(text: string, i: number): number {
  let end = i + 1;
  for (;;) {
    end = text.indexOf('"', end);
    let backslashes = 0;
    for (let j = end - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end++;
  }
}

/** The offset just past the value that starts at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    let j = i;
    for (
      let d = text.charCodeAt(j);
      d !== 0x2c && d !== 0x7d && d !== 0x5d && d !== 0x20 && d !== 0x0a && d !== 0x0d && d !== 0x09 && j < text.length;
      d = text.charCodeAt(++j)
    );
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x22) j = stringEnd(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return text.length;
}
