/** The name a package or crate gets from the schema's title, as npm and cargo both accept it and rustc finds snake case (`claw-proto`): words joined by one hyphen or underscore, at most 64 characters. */
export function packageSlug(title: string): string {
  const name = title
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/[-_]{2,}/g, "-")
    .slice(0, 64)
    .replace(/^[^a-z]+|-+$/g, "");
  // npm refuses these two names (and a leading "_", which the slug never has).
  return name === "" ? "schema-types" : name === "node_modules" || name === "favicon" ? `${name}-types` : name;
}
