import type { PackageNaming } from "../types.js";
import { packageSlug } from "../packageName.js";

// What cargo accepts for a crate name on crates.io: ASCII letters, digits, `-` and `_`, a letter first, at most 64 characters.
const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The cargo crate: named after the schema's title (claw-proto's schema gives `claw-proto`). */
export const rustNaming: PackageNaming = {
  what: "crate name",
  problem: (name) => (CRATE_NAME.test(name) ? undefined : "is not a crate name cargo accepts (ASCII letters, digits, - and _, a letter first, at most 64)"),
  default: (model) => packageSlug(model.title),
};
