import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
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

type TemplateSpec = Parameters<typeof Handlebars.template>[0];

// Built by `npm run build` (scripts/build-templates.mjs), from src/ (tests) as from dist/: both are one folder below
// the tool's root. Loaded on the first render only: a run served by the render cache needs none.
const PRECOMPILED = new URL("../../dist/render/precompiledTemplates.cjs", import.meta.url);
let precompiled: Readonly<Record<string, TemplateSpec>> | undefined;

/**
 * A template compiled as renderTemplates compiles it (no HTML escaping): precompiled by the build when one was built
 * from this very text (looked up by its hash, so an edited template is never served stale), else compiled now.
 */
function compileTemplate(hb: typeof Handlebars, text: string): Handlebars.TemplateDelegate {
  if (precompiled === undefined) {
    try {
      precompiled = createRequire(import.meta.url)(fileURLToPath(PRECOMPILED)) as Record<string, TemplateSpec>;
    } catch {
      precompiled = {}; // not built (running from src/ before `npm run build`): compile every template
    }
  }
  const spec = precompiled[createHash("sha256").update(text).digest("hex")];
  return spec !== undefined ? hb.template(spec) : hb.compile(text, { noEscape: true });
}

/** Helpers a target declares for its templates: each formats identifiers, never schema text (that comes escaped in the view). */
export type TemplateHelpers = Readonly<Record<string, (value: string) => string>>;

/** One Handlebars environment per render: partials from `partials/`, the plumbing helpers and the target's own. */
function environment(dir: string, helpers: TemplateHelpers): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("concat", (...args: unknown[]) => args.slice(0, -1).join(""));
  // A partial's text as a value, for use inside another helper's arguments: (partial "ts-type" type).
  hb.registerHelper("partial", (name: string, context: unknown) => {
    return (hb.partials[name] as Handlebars.TemplateDelegate)(context);
  });
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, (value: unknown) => helper(String(value)));
  const partials = join(dir, "partials");
  try {
    for (const file of listFiles(partials)) {
      const name = toPosix(relative(partials, file)).replace(/\.hbs$/, "");
      hb.registerPartial(name, compileTemplate(hb, readFileSync(file, "utf8")));
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return hb;
}

/**
 * Render a target's template folder: every `*.hbs` file is rendered with `view` (its path minus
 * `.hbs`), every other file is copied as is; `partials/` is not output. `include` picks files by their
 * path in the folder (all by default).
 */
export function renderTemplates<View extends object>(
  dir: string,
  view: View,
  helpers: TemplateHelpers = {},
  include: (path: string) => boolean = () => true,
): RenderedFile[] {
  const hb = environment(dir, helpers);
  const out: RenderedFile[] = [];
  for (const file of listFiles(dir)) {
    const rel = toPosix(relative(dir, file));
    if (rel.startsWith("partials/") || !include(rel)) continue;
    const text = readFileSync(file, "utf8");
    if (rel.endsWith(".hbs")) {
      const template = compileTemplate(hb, text);
      out.push({ path: rel.slice(0, -".hbs".length), contents: template(view) });
    } else {
      out.push({ path: rel, contents: text });
    }
  }
  return out;
}
