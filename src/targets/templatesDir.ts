import { fileURLToPath } from "node:url";

/** `templates/<target>/` of this package, wherever it is installed. */
export function templatesDir(target: string): string {
  return fileURLToPath(new URL(`../../templates/${target}`, import.meta.url));
}
