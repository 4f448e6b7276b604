import type { PackageNaming } from "../types.js";
import { packageSlug } from "../packageName.js";

// PEP 508's distribution names: ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit;
// the import name is its snake case (importNameOf), which must start with a letter.
const DIST_NAME = /^[A-Za-z](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;

/** The Python distribution: named after the schema's title (`claw-proto`, imported as `claw_proto`). */
export const pythonNaming: PackageNaming = {
  what: "Python distribution name",
  problem: (name) =>
    DIST_NAME.test(name) ? undefined : "is not a Python distribution name (PEP 508: ASCII letters, digits, . _ -, a letter first, at most 100)",
  default: (model) => packageSlug(model.title),
};
