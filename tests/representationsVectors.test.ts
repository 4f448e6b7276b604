// The representations fixture's vectors (tests/fixtures/representations/vectors), judged by serde:
// the referee (tests/serde-referee) holds the fixture's types written by hand and checks every
// vector; make-vectors.mjs writes exactly the committed files.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { serdeReferee } from "./helpers/rustRunners.js";
import { ROOT, tempDir } from "./helpers/paths.js";

const FIXTURE = join(ROOT, "tests/fixtures/representations");
const VECTORS = join(FIXTURE, "vectors");

interface Entry {
  file: string;
  type: string;
  canonical?: string;
}
type Index = Record<"valid" | "noncanonical" | "invalid" | "rules-invalid", Entry[]>;

const readIndex = (dir: string) => JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Index;

const referee = serdeReferee.run;
const buildReferee = serdeReferee.build;

/** Every file under `dir`: relative path → bytes. */
function files(dir: string, rel = ""): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel === "" ? name : `${rel}/${name}`;
    if (statSync(join(dir, path)).isDirectory()) for (const [p, b] of files(dir, path)) out.set(p, b);
    else out.set(path, readFileSync(join(dir, path)));
  }
  return out;
}

beforeAll(buildReferee, 600_000);

describe("representations fixture: vectors judged by serde", () => {
  const index = readIndex(VECTORS);
  const total = Object.values(index).reduce((n, entries) => n + entries.length, 0);

  it("serde agrees with every vector (valid, noncanonical, invalid)", () => {
    const r = referee(["fixture-vectors", VECTORS]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${total} checked, 0 failed\n`);
    expect(r.status).toBe(0);
  });

  it("a deliberately wrong byte or canonical form fails, naming the file", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    const broken = readIndex(dir);
    const valid = broken.valid.find((e) => e.type === "Shape")!.file;
    const bytes = readFileSync(join(dir, valid));
    bytes[bytes.length - 1] = 0x20; // the closing brace becomes a space: serde rejects the truncated object
    writeFileSync(join(dir, valid), bytes);
    const nonc = broken.noncanonical.find((e) => e.type === "Value")!;
    nonc.canonical = `${nonc.canonical} `;
    writeFileSync(join(dir, "index.json"), JSON.stringify(broken));
    const r = referee(["fixture-vectors", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL ${valid} (Shape) valid`);
    expect(r.stdout).toContain(`FAIL ${nonc.file} (Value) noncanonical`);
    expect(r.stdout).toMatch(/checked, 2 failed\n$/);
  });

  it("cover every type of the schema, every tag of every enum, and every untagged variant", () => {
    const schema = JSON.parse(readFileSync(join(FIXTURE, "schema.json"), "utf8")) as { $defs: Record<string, { oneOf?: object[] }> };
    const types = new Set(Object.values(index).flatMap((entries) => entries.map((e) => e.type)));
    expect([...types].sort()).toEqual(Object.keys(schema.$defs).sort());

    const validOf = (type: string) => index.valid.filter((e) => e.type === type).map((e) => JSON.parse(readFileSync(join(VECTORS, e.file), "utf8")) as unknown);
    const consts = (type: string, key?: string) =>
      schema.$defs[type]!.oneOf!.map((v) => {
        const s = v as { const?: string; properties?: Record<string, { const: string }> };
        return key === undefined ? s.const : s.properties![key]!.const;
      });
    expect(new Set(validOf("Color"))).toEqual(new Set(consts("Color")));
    expect(new Set(validOf("Shape").map((v) => (v as { kind: string }).kind))).toEqual(new Set(consts("Shape", "kind")));
    expect(new Set(validOf("Command").map((v) => (v as { t: string }).t))).toEqual(new Set(consts("Command", "t")));
    const shapeOf = (v: unknown) =>
      v === null ? "null" : Array.isArray(v) ? "array" : typeof v !== "object" ? typeof v : Object.keys(v).join() === "x,y" ? "point" : "dict";
    expect(new Set(validOf("Value").map(shapeOf))).toEqual(new Set(["null", "boolean", "number", "string", "array", "point", "dict"]));
  });

  it("make-vectors.mjs writes exactly the committed files", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    execFileSync(process.execPath, [join(dir, "make-vectors.mjs")], { encoding: "utf8" });
    const committed = files(VECTORS);
    const written = files(dir);
    const same = (p: string) => committed.has(p) && written.has(p) && committed.get(p)!.equals(written.get(p)!);
    const differ = [...new Set([...committed.keys(), ...written.keys()])].filter((p) => !same(p));
    expect(differ).toEqual([]);
  });
});
