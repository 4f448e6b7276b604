import type { RenameRule } from "./types.js";
import { assertNever } from "./types.js";

/** serde_derive's `rename_all` for a variant name (PascalCase in Rust), as its case.rs does it. */
export function renameVariant(rule: RenameRule, name: string): string {
  switch (rule) {
    case "PascalCase":
      return name;
    case "lowercase":
      return name.toLowerCase();
    case "UPPERCASE":
      return name.toUpperCase();
    case "camelCase":
      return name.slice(0, 1).toLowerCase() + name.slice(1);
    case "snake_case":
      return snake(name);
    case "SCREAMING_SNAKE_CASE":
      return snake(name).toUpperCase();
    case "kebab-case":
      return snake(name).replace(/_/g, "-");
    case "SCREAMING-KEBAB-CASE":
      return snake(name).replace(/_/g, "-").toUpperCase();
    default:
      return assertNever(rule);
  }
}

/** serde_derive's `rename_all` for a field name (snake_case in Rust). */
export function renameField(rule: RenameRule, name: string): string {
  switch (rule) {
    case "lowercase":
    case "snake_case":
      return name;
    case "UPPERCASE":
    case "SCREAMING_SNAKE_CASE":
      return name.toUpperCase();
    case "PascalCase":
      return pascal(name);
    case "camelCase": {
      const p = pascal(name);
      return p.slice(0, 1).toLowerCase() + p.slice(1);
    }
    case "kebab-case":
      return name.replace(/_/g, "-");
    case "SCREAMING-KEBAB-CASE":
      return name.replace(/_/g, "-").toUpperCase();
    default:
      return assertNever(rule);
  }
}

/** The Rust variant name a wire tag most likely came from; the caller checks it renames back. */
export function variantFromWire(wire: string): string {
  return wire
    .split(/[_-]/)
    .map((w) => (/^[A-Z0-9]+$/.test(w) ? w.slice(0, 1) + w.slice(1).toLowerCase() : w))
    .map((w) => w.slice(0, 1).toUpperCase() + w.slice(1))
    .join("");
}

/** The Rust field name a wire key most likely came from; the caller checks it renames back. */
export function fieldFromWire(wire: string): string {
  if (/^[A-Z0-9_-]+$/.test(wire)) return wire.toLowerCase().replace(/-/g, "_");
  return wire.replace(/-/g, "_").replace(/[A-Z]/g, (c, i: number) => (i > 0 ? "_" : "") + c.toLowerCase());
}

function snake(name: string): string {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (i > 0 && c >= "A" && c <= "Z") out += "_";
    out += c.toLowerCase();
  }
  return out;
}

function pascal(name: string): string {
  let out = "";
  let upper = true;
  for (const c of name) {
    if (c === "_") upper = true;
    else if (upper) {
      out += c.toUpperCase();
      upper = false;
    } else out += c;
  }
  return out;
}
