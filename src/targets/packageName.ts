/** The name a package or crate gets from the schema's title, as npm and cargo both accept it (`claw-proto`). */
export function packageSlug(title: string): string {
  const name = title
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
  return name === "" ? "schema-types" : name;
}
