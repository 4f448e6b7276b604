import type { PackageNaming } from "../types.js";
import { packageSlug } from "../packageName.js";

// The files are <name>.schema.json and friends: a name safe as a file name on every system.
const FILE_STEM = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The exported files' common stem: the schema's title (claw-proto.schema.json). */
export const schemaNaming: PackageNaming = {
  what: "file name stem",
  problem: (name) => (FILE_STEM.test(name) ? undefined : "is not a file name stem the schema target uses (lowercase ASCII letters, digits, - and _)"),
  default: (model) => packageSlug(model.title),
};
