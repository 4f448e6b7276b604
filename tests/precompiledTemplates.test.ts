// The build precompiles every template (scripts/build-templates.mjs); rendering uses a precompiled template only when
// it was built from the very text it reads, so an edited template is rendered as edited, never stale.
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTemplates } from "../src/render/renderTemplates.js";
import { ROOT, tempDir } from "./helpers/paths.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const list = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? list(join(dir, n)) : [join(dir, n)]));

describe("precompiled templates", () => {
  const built = createRequire(import.meta.url)(join(ROOT, "dist/render/precompiledTemplates.cjs")) as Record<string, unknown>;

  it("the build holds every template of every target, and nothing else", () => {
    const hashes = new Set(
      list(join(ROOT, "templates"))
        .filter((f) => f.endsWith(".hbs"))
        .map((f) => sha256(readFileSync(f, "utf8"))),
    );
    expect(hashes.size).toBeGreaterThan(50);
    expect(new Set(Object.keys(built))).toEqual(hashes);
  });

  it("render as Handlebars.compile renders, and an edited template or partial renders as edited", () => {
    const dir = tempDir("claw-templates-");
    writeFileSync(join(dir, "x.txt.hbs"), "{{> greet}} and {{name}}\n");
    cpSync(join(ROOT, "templates/rust/partials"), join(dir, "partials"), { recursive: true });
    writeFileSync(join(dir, "partials/greet.hbs"), "hello <{{name}}>");
    const view = { name: "a&b" };
    expect(renderTemplates(dir, view)).toEqual([{ path: "x.txt", contents: "hello <a&b> and a&b\n" }]);
    // A real template, edited after the build: its precompiled form (by the old text's hash) must not be used.
    const real = readFileSync(join(ROOT, "templates/rust/Cargo.toml.hbs"), "utf8");
    expect(built[sha256(real)]).toBeDefined();
    writeFileSync(join(dir, "Cargo.toml.hbs"), `${real}# edited\n`);
    const edited = renderTemplates(dir, { ...view, crateName: "c" }).find((f) => f.path === "Cargo.toml")!.contents;
    writeFileSync(join(dir, "Cargo.toml.hbs"), real);
    const unedited = renderTemplates(dir, { ...view, crateName: "c" }).find((f) => f.path === "Cargo.toml")!.contents;
    expect(edited).toBe(`${unedited}# edited\n`);
  });
});
