// Schemas from untrusted pull requests: hostile text in every free-text position of a schema (and in
// its file name) is either refused by the checker, or generates packages with the same declarations and
// statements as a plain placeholder does (TypeScript syntax trees, Rust tokens, TOML, JSON and Markdown
// structure, comments and string contents left out). Everything at once compiles (tsc --strict, cargo
// check) and importing the package runs only the package's own code.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/diagnostics.js";
import { generate, renderAll } from "../../src/pipeline.js";
import { loadTargets } from "../../src/targets/index.js";
import type { Target } from "../../src/targets/types.js";
import { cargoCheck } from "../helpers/cargo.js";
import { ROOT, tempDir } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";
import { POSITIONS, holeySchema, structure } from "./hostileSchema.js";

const SEED = 20_261_204;
const RUNS = 48;
const PLACEHOLDER = "Placeholder text";
const CORPUS = join(ROOT, "tests/fixtures/hostile-schemas/corpus.json");

/** What breaks out of a comment, a string or a document, in each language the targets write. */
const FRAGMENTS = [
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u0085",
  "\v",
  "\f",
  "\0",
  "\x1b[2J",
  "\x7f",
  "\u009b",
  "*/",
  "/*",
  "/**",
  "//",
  "///",
  "//!",
  "-->",
  "<!--",
  "--!>",
  "#",
  "\n#",
  "\n//",
  '\n[dependencies.x]\npath = "/tmp/x"\n',
  '"',
  "'",
  "`",
  "```",
  "~~~",
  "\\",
  "\\u{",
  "\\u2028",
  "${",
  "}",
  "{{",
  "}}",
  "{{{",
  "#[",
  "#![",
  'r#"',
  '"#',
  'r##"',
  '"""',
  "'''",
  "<script>globalThis.__pwned = 1</script>",
  "&lt;",
  "&#x3c;",
  "[x](javascript:alert(1))",
  "<http://x>",
  "| a |",
  "\n    fn main() {}\n",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u200b",
  "\u200f",
  "\u061c",
  "\ufeff",
  "\ufffe",
  "\ud83d\ude00",
  "\u0301",
  "\nglobalThis.__pwned = 1;\n",
  "\u2028globalThis.__pwned = 1;",
  "*/ globalThis.__pwned = 1; /*",
  "\n}\npub fn pwned() {}\n",
  "\nconst _: () = panic!();\n",
  "process.exit(42)",
  "@deprecated",
  "\n@internal",
  "\n * @see x",
  "{@link https://example.com}",
  "\t",
  "   ",
];
const PRINTABLE = FRAGMENTS.filter((f) => /^[\x20-\x7e]+$/.test(f) && f.trim() === f);

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom("A".repeat(5000), "\n".repeat(300), "*/".repeat(500)) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(""));

/** A title: mostly printable text full of quotes and Markdown (accepted), sometimes anything (refused unless printable). */
const title = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PRINTABLE, "claw", " ", "proto"), { minLength: 1, maxLength: 8 }).map((p) => `t ${p.join("")} t`) },
  { weight: 1, arbitrary: hostileText },
);

/** A file name: anything a Linux file name may hold (no "/", no NUL). */
const fileName = fc
  .array(fc.constantFrom(...FRAGMENTS.filter((f) => !/[/\0]/.test(f)), "schema"), { minLength: 1, maxLength: 5 })
  .map((parts) => fitName(`${parts.join("")}.json`));

/** At most 200 bytes of UTF-8, cut at a code point: what a Linux file system holds (255). */
function fitName(name: string): string {
  const chars = [...name];
  while (Buffer.byteLength(chars.join("")) > 200) chars.shift();
  return chars.join("");
}

interface Sample {
  title: string;
  texts: string[];
  file: string;
}

const sample: fc.Arbitrary<Sample> = fc.record({
  title,
  texts: fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(PLACEHOLDER) }, { weight: 4, arbitrary: hostileText }), {
    minLength: POSITIONS.length,
    maxLength: POSITIONS.length,
  }),
  file: fileName,
});

const schemaOf = (s: Sample) => holeySchema((i) => (i === 0 ? s.title : s.texts[i]!));
const placeholder: Sample = { title: PLACEHOLDER, texts: POSITIONS.map(() => PLACEHOLDER), file: "schema.json" };

async function targets(): Promise<Target[]> {
  return (await loadTargets(["typescript", "rust"]))!;
}

/** Every file each target renders for a sample, as path → text; or the diagnostics that refused it. */
async function render(s: Sample, all: Target[]): Promise<Map<string, string> | InputError> {
  const dir = tempDir("claw-hostile-");
  const schema = join(dir, s.file);
  writeFileSync(schema, JSON.stringify(schemaOf(s), null, 2));
  try {
    const { outputs } = await renderAll({ schema, out: join(dir, "out"), targets: all }, []);
    return new Map(outputs.flatMap((o) => o.files.map((f) => [`${o.target}/${f.path}`, f.contents] as const)));
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

function describeSample(s: Sample): string {
  const hostile = s.texts.flatMap((t, i) => (i > 0 && t !== PLACEHOLDER ? [`${POSITIONS[i]}=${JSON.stringify(t).slice(0, 80)}`] : []));
  return `file ${JSON.stringify(s.file)}, title ${JSON.stringify(s.title)}, ${hostile.join(", ")}`;
}

/** The first file whose structure differs from the placeholder's, or undefined. */
function firstDifference(got: Map<string, string>, want: Map<string, string>): string | undefined {
  const paths = [...want.keys()];
  if (JSON.stringify([...got.keys()]) !== JSON.stringify(paths)) return `files differ: ${[...got.keys()].join(", ")}`;
  // The crate's name comes from the title (a slug, an identifier by construction): the driver example names it.
  const crate = (files: Map<string, string>) => /^name = "([a-z0-9_-]+)"$/m.exec(files.get("rust/Cargo.toml") ?? "")?.[1]?.replace(/-/g, "_");
  const [gotCrate, wantCrate] = [crate(got), crate(want)];
  for (const path of paths) {
    const a = structure(path, got.get(path)!).map((t) => (path.endsWith(".rs") && t === gotCrate ? wantCrate! : t));
    const b = structure(path, want.get(path)!);
    const at = a.findIndex((x, i) => x !== b[i]);
    if (at !== -1 || a.length !== b.length) {
      const i = at === -1 ? Math.min(a.length, b.length) : at;
      return `${path}: token ${i}: ${(a[i] ?? "end").slice(0, 200)} ≠ ${(b[i] ?? "end").slice(0, 200)}`;
    }
  }
  return undefined;
}

/** Refusals must come from the title, a file name the banner cannot hold, or text that is not Unicode — never from a description. */
const REFUSALS = new Set(["bad-title", "not-unicode"]);

describe("hostile schemas: refused, or the same program as a placeholder gives", () => {
  it(`${RUNS} seeded samples: each refused with a located error, or structurally identical output`, async () => {
    const all = await targets();
    const want = await render(placeholder, all);
    if (want instanceof InputError) throw want;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        const got = await render(s, all);
        if (got instanceof InputError) {
          expect(
            got.diagnostics.every((d) => REFUSALS.has(d.code) && d.line > 0),
            `${describeSample(s)}: ${got.message}`,
          ).toBe(true);
          return;
        }
        accepted++;
        expect(firstDifference(got, want), describeSample(s)).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Not a test that passes by refusing everything.
    expect(accepted).toBeGreaterThanOrEqual(RUNS / 2);
  }, 300_000);

  it("every case of the corpus (what broke a version of the generator) is refused or structurally identical", async () => {
    const all = await targets();
    const want = await render(placeholder, all);
    if (want instanceof InputError) throw want;
    const corpus = JSON.parse(readFileSync(CORPUS, "utf8")) as { why: string; position: string; text: string; refused?: string }[];
    expect(corpus.length).toBeGreaterThanOrEqual(5);
    for (const c of corpus) {
      const s = { ...placeholder, texts: [...placeholder.texts] };
      if (c.position === "file") s.file = c.text;
      else {
        const at = POSITIONS.indexOf(c.position as (typeof POSITIONS)[number]);
        expect(at, `unknown position ${c.position}`).not.toBe(-1);
        if (at === 0) s.title = c.text;
        else s.texts[at] = c.text;
      }
      const got = await render(s, all);
      if (c.refused !== undefined) {
        expect(got instanceof InputError ? got.diagnostics.map((d) => d.code) : "accepted", c.why).toEqual([c.refused]);
      } else {
        expect(got instanceof InputError ? got.message : "accepted", c.why).toBe("accepted");
        expect(firstDifference(got as Map<string, string>, want), c.why).toBeUndefined();
      }
    }
  }, 120_000);

  it("everything at once: the package type-checks under strict and imports without running schema text; the crate passes cargo check", async () => {
    const everything = FRAGMENTS.join(" ");
    const s: Sample = {
      title: `t ${PRINTABLE.join(" ")} t`,
      texts: POSITIONS.map(() => everything),
      file: fitName(`${FRAGMENTS.filter((f) => !/[/\0]/.test(f) && f.length < 40).join("")}.json`),
    };
    const dir = tempDir("claw-hostile-all-");
    const schema = join(dir, s.file);
    writeFileSync(schema, JSON.stringify(schemaOf(s), null, 2));
    await generate({ schema, out: join(dir, "out"), targets: await targets() });

    const pkg = join(dir, "out/typescript");
    expect(typeErrors(join(pkg, "src"))).toEqual([]);
    // The child would exit 42, throw, or set the canary if any schema text ran.
    const probe = [
      `const esm = await import(${JSON.stringify(join(pkg, "dist/esm/index.js"))});`,
      `const { createRequire } = await import("node:module");`,
      `const cjs = createRequire(import.meta.url)(${JSON.stringify(join(pkg, "dist/cjs/index.js"))});`,
      `if (globalThis.__pwned !== undefined) throw new Error("schema text ran");`,
      `console.log(typeof esm.parseMsg, typeof cjs.parseMsg, esm.PROTOCOL_VERSION);`,
    ].join("\n");
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout).toBe("function function 3\n");
    expect(child.status).toBe(0);

    const cargo = cargoCheck(join(dir, "out/rust"));
    expect(cargo.stderr).toBe("");
    expect(cargo.status).toBe(0);
  }, 300_000);
});
