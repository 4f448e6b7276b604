import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Handlebars from "handlebars";

/** A file a target produces, before anything touches the disk. Paths use "/". */
export interface RenderedFile {
  path: string;
  contents: string;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(sep).join("/");
}

/** One Handlebars environment per render: partials from `partials/`, helpers that only format. */
function environment(dir: string): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("concat", (...args: unknown[]) => args.slice(0, -1).join(""));
  // A partial's text as a value, for use inside another helper's arguments: (partial "ts-type" type).
  hb.registerHelper("partial", (name: string, context: unknown) => {
    // Handlebars swaps a partial's source for its compiled function once it has been used.
    const partial = hb.partials[name] as string | Handlebars.TemplateDelegate;
    return (typeof partial === "function" ? partial : hb.compile(partial, { noEscape: true }))(context);
  });
  hb.registerHelper("snake", (s: unknown) =>
    String(s)
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .toLowerCase(),
  );
  const partials = join(dir, "partials");
  try {
    for (const file of listFiles(partials)) {
      const name = toPosix(relative(partials, file)).replace(/\.hbs$/, "");
      hb.registerPartial(name, readFileSync(file, "utf8"));
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return hb;
}

/**
 * Render a target's template folder: every `*.hbs` file is rendered with `view` (its path minus
 * `.hbs`), every other file is copied as is; `partials/` is not output.
 */
export function renderTemplates(dir: string, view: object): RenderedFile[] {
  const hb = environment(dir);
  const out: RenderedFile[] = [];
  for (const file of listFiles(dir)) {
    const rel = toPosix(relative(dir, file));
    if (rel.startsWith("partials/")) continue;
    const text = readFileSync(file, "utf8");
    if (rel.endsWith(".hbs")) {
      const template = hb.compile(text, { noEscape: true });
      out.push({ path: rel.slice(0, -".hbs".length), contents: template(view) });
    } else {
      out.push({ path: rel, contents: text });
    }
  }
  return out;
}
