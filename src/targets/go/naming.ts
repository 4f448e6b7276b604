import type { PackageNaming } from "../types.js";
import { packageSlug } from "../packageName.js";

// What the go command accepts for a module path (golang.org/x/mod/module.CheckPath, simplified): elements of
// ASCII letters, digits and - . _ ~ joined by single slashes, none empty, none starting or ending with a dot,
// the first without a dot-less leading dash.
const ELEMENT = /^(?![.])[A-Za-z0-9._~-]+(?<![.])$/;

/** The Go module path: `--package-name go=…` (e.g. github.com/acme/claw-proto), else the schema title's slug (`claw-proto`). */
export const goNaming: PackageNaming = {
  what: "Go module path",
  problem: (name) =>
    name.length <= 255 && !name.startsWith("-") && name.split("/").every((e) => ELEMENT.test(e))
      ? undefined
      : "is not a Go module path (elements of ASCII letters, digits, - . _ ~ joined by /, none empty or starting or ending with a dot)",
  default: (model) => packageSlug(model.title),
};
