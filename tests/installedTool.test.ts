import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cargoCheck } from "./helpers/cargo.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { consumerTypeErrors, typeErrors } from "./helpers/typecheck.js";

// claw-codegen as its users get it: `npm pack` of this repository, installed into a project that has none of
// this repository's files, run through npx and node_modules/.bin. Offline: the project gets a lockfile
// made from this repository's package-lock.json (the entries of the runtime dependencies, which the
// package pins to exactly those versions), so `npm ci --offline` takes every tarball from the npm cache
// that this repository's `npm ci` filled. (A plain `npm install <tarball>` works too, but asks the
// registry for the dependencies' metadata, which `npm ci` does not cache.)

interface PackedFile {
  path: string;
  size: number;
}
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}
interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
}
interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies: Record<string, string>;
}

const FOREIGN = join(ROOT, "tests/fixtures/representations/schema.json");

/** Environment without the npm variables and node_modules/.bin folders of the `npm test` that runs us. */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|userconfig|globalconfig|registry|cafile)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || keep.test(k)));
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === "PATH") ?? "PATH";
  env[pathKey] = (env[pathKey] ?? "")
    .split(delimiter)
    .filter((p) => !p.includes("node_modules"))
    .join(delimiter);
  return env;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

let packDir: string;
let packed: PackResult;
let tarball: string;
let manifest: PackageJson;
const env = cleanEnv();

beforeAll(() => {
  // The tests run on a built dist/ (`npm test` builds it first). --ignore-scripts: the `prepare` build,
  // which a real `npm pack` runs, would rewrite dist/ under the test files running beside this one.
  expect(existsSync(join(ROOT, "dist/cli/main.js")), "dist/ is missing: run `npm run build`").toBe(true);
  packDir = tempDir("claw-tool-pack-");
  const json = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: ROOT, env, encoding: "utf8" });
  packed = (JSON.parse(json) as PackResult[])[0]!;
  tarball = join(packDir, packed.filename);
  execFileSync("tar", ["-xzf", tarball, "-C", packDir, "package/package.json"], { env });
  manifest = JSON.parse(readFileSync(join(packDir, "package/package.json"), "utf8")) as PackageJson;
}, 60_000);

afterAll(() => {
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

describe("the claw-codegen tarball", () => {
  it("holds the CLI, its compiled code and its templates, and nothing else of the repository", () => {
    const paths = packed.files.map((f) => f.path).sort();
    const outside = paths.filter((p) => !/^(bin|dist|templates)\//.test(p) && !["package.json", "README.md"].includes(p));
    expect(outside).toEqual([]);
    expect(paths.filter((p) => /^(tests|bench|generated|schema|examples|scripts|src|node_modules)\/|(^|\/)fixtures\//.test(p))).toEqual([]);
    expect(paths).toContain("bin/claw-codegen.js");
    expect(paths).toContain("dist/cli/main.js");
    // dist/ is JavaScript only (no sources, maps or declarations), and every template is there.
    expect(paths.filter((p) => p.startsWith("dist/") && !p.endsWith(".js") && !p.endsWith(".cjs"))).toEqual([]);
    const templates = filesUnder(join(ROOT, "templates")).map((f) => relative(ROOT, f).split("\\").join("/"));
    expect(paths.filter((p) => p.startsWith("templates/"))).toEqual(templates);
    // 345 kB packed and 1.5 MB unpacked (of it the precompiled templates, 80 kB and 550 kB): bounds that catch a
    // folder shipped by mistake.
    expect(packed.size).toBeLessThan(450_000);
    expect(packed.unpackedSize).toBeLessThan(2_000_000);
  });

  it("is publishable, and depends on exactly the packages its code imports, pinned to the lockfile's versions", () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ "claw-codegen": "bin/claw-codegen.js" });
    expect(manifest.engines.node).toBe(">=20");
    // Every bare import of the shipped code, named by its package.
    const imported = new Set<string>();
    // The precompiled templates hold the generated packages' text (their imports too), not imports of the tool's.
    const code = filesUnder(join(ROOT, "dist")).filter((f) => !f.endsWith("precompiledTemplates.cjs"));
    for (const file of [...code, join(ROOT, "bin/claw-codegen.js")]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\)\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith("node:")) continue;
        imported.add(
          spec
            .split("/")
            .slice(0, spec.startsWith("@") ? 2 : 1)
            .join("/"),
        );
      }
    }
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...imported].sort());
    // The generated bytes depend on these packages' versions (esbuild, Ajv, Handlebars):
    // a range would let a user's `check` disagree with the machine that generated.
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
    for (const [name, version] of Object.entries(manifest.dependencies)) {
      expect(version, name).toBe(lock.packages[`node_modules/${name}`]?.version);
    }
  });
});

describe("claw-codegen installed from the tarball into a fresh project", () => {
  let app: string;
  afterAll(() => {
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it("runs from npx and node_modules/.bin: --version, generate, check, check after a schema change, diff", () => {
    app = tempDir("claw-tool-app-");
    const spec = `file:${packed.filename}`;
    copyFileSync(tarball, join(app, packed.filename));
    const pkg = { name: "consumer", version: "1.0.0", private: true, devDependencies: { "claw-codegen": spec } };
    writeFileSync(join(app, "package.json"), JSON.stringify(pkg, null, 2));
    // The project's lockfile: claw-codegen from the tarball, with the dependencies its own package.json
    // names, and the runtime part (not dev) of this repository's lockfile, flagged dev as the project sees it.
    const repoLock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
    const packages: Record<string, unknown> = {
      "": { name: pkg.name, version: pkg.version, devDependencies: pkg.devDependencies },
      "node_modules/claw-codegen": {
        version: manifest.version,
        resolved: spec,
        dev: true,
        dependencies: manifest.dependencies,
        bin: manifest.bin,
        engines: manifest.engines,
      },
    };
    for (const [path, entry] of Object.entries(repoLock.packages)) {
      if (path !== "" && !entry.dev && !entry.devOptional && !entry.link) packages[path] = { ...entry, dev: true };
    }
    writeFileSync(
      join(app, "package-lock.json"),
      JSON.stringify({ name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages }, null, 2),
    );
    execFileSync("npm", ["ci", "--offline", "--no-audit", "--no-fund"], { cwd: app, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

    const run = (command: string, args: string[]) => {
      const r = spawnSync(command, args, { cwd: app, env, encoding: "utf8" });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const npx = (...args: string[]) => run("npx", ["--no-install", "claw-codegen", ...args]);
    const bin = (...args: string[]) => run(join(app, "node_modules/.bin/claw-codegen"), args);

    expect(npx("--version")).toMatchObject({ status: 0, stdout: `${manifest.version}\n` });

    // A protocol that is not ours: the representations fixture under another $id and two other peers.
    const schema = JSON.parse(readFileSync(FOREIGN, "utf8")) as Record<string, unknown> & {
      $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
    };
    schema.$id = "https://example.com/schemas/telemetry.schema.json";
    schema["x-messages"] = { Shape: "sensor-to-collector", Command: "collector-to-sensor" };
    const oldText = JSON.stringify(schema, null, 2);
    schema.$defs.Reading!.properties.unit = { type: "string" };
    schema.$defs.Reading!.required.push("unit");
    const newText = JSON.stringify(schema, null, 2);
    mkdirSync(join(app, "schema"));
    writeFileSync(join(app, "schema/telemetry.schema.json"), oldText);
    writeFileSync(join(app, "old.json"), oldText);
    writeFileSync(join(app, "new.json"), newText);

    const gen = npx("generate", "--schema", "schema/telemetry.schema.json", "--out", "generated");
    expect(gen.status, gen.stderr).toBe(0);
    expect(existsSync(join(app, "generated/typescript/package.json"))).toBe(true);
    expect(existsSync(join(app, "generated/rust/Cargo.toml"))).toBe(true);
    const branded = filesUnder(join(app, "generated")).filter((f) => /clawbernetes/i.test(readFileSync(f, "utf8")));
    expect(branded.map((f) => relative(app, f))).toEqual([]);

    // `check` as the README's CI step runs it: the local bin, settings from claw-codegen.config.json.
    writeFileSync(join(app, "claw-codegen.config.json"), JSON.stringify({ schema: "schema/telemetry.schema.json", out: "generated" }));
    const fresh = bin("check");
    expect(fresh.status, fresh.stderr).toBe(0);

    writeFileSync(join(app, "schema/telemetry.schema.json"), newText);
    const stale = bin("check");
    expect(stale.status, stale.stderr).toBe(1);
    expect(stale.stderr).toContain("Reading.unit");

    // A required field added: a new reader breaks on an old writer, both ways; exit 1 (--fail-on breaking).
    const diff = npx("diff", "old.json", "new.json");
    expect(diff.status, diff.stderr).toBe(1);
    expect(diff.stdout).toContain("FIELD_REQUIRED_ADDED");
    expect(diff.stdout).toContain("sensor → collector");
    expect(diff.stdout).toContain("new collector reading an old sensor");
    expect(diff.stdout).toContain("Sensors and collectors must agree on the major version");
    expect(diff.stdout).not.toMatch(/gateway|\bnodes?\b/i);
  }, 120_000);

  it("generates the telemetry protocol (a sensor and a collector, newtypes of several kinds): a strict consumer of its newtypes compiles, its crate passes cargo check, no claw-proto words", () => {
    expect(app, "the test above installs the tool").toBeDefined();
    copyFileSync(join(ROOT, "tests/fixtures/telemetry/schema.json"), join(app, "telemetry.json"));
    const gen = spawnSync(join(app, "node_modules/.bin/claw-codegen"), ["generate", "--schema", "telemetry.json", "--out", "tele"], {
      cwd: app,
      env,
      encoding: "utf8",
    });
    expect(gen.status, gen.stderr).toBe(0);
    // Words of claw-proto's peers ("node" alone also names Node.js, which the package runs on).
    const words = filesUnder(join(app, "tele"))
      .filter((f) => /clawbernetes|claw[-_]proto|gateway|node-to-|-to-node|\bnodes\b|\bNode(Id|Message|Capabilities)\b/i.test(readFileSync(f, "utf8")))
      .map((f) => relative(app, f));
    expect(words).toEqual([]);
    const src = join(app, "tele/typescript/src");
    expect(typeErrors(src)).toEqual([]);
    writeFileSync(
      join(app, "consumer.ts"),
      `import { ChannelName, ObservedAt, SensorId, SequenceNumber, parseSensorMessage, serializeSensorMessage } from "./tele/typescript/src/index.js";
const id: SensorId = SensorId.new();
const again: SensorId = SensorId.fromStr(id.toUpperCase());
const at: ObservedAt = ObservedAt.fromStr("2024-01-02T04:04:05+01:00");
const next: number = (42 as SequenceNumber) + 1; // a u64 newtype is a number
const channel: ChannelName = ChannelName.default();
// @ts-expect-error a SequenceNumber is not any number
const wrong: SequenceNumber = 7;
export const all = [again, at, next, channel, wrong, serializeSensorMessage(parseSensorMessage('"Goodbye"'))];
`,
    );
    expect(consumerTypeErrors(join(app, "consumer.ts"), src)).toEqual([]);
    const cargo = cargoCheck(join(app, "tele/rust"));
    expect(cargo.stderr).toBe("");
    expect(cargo.status).toBe(0);
  }, 300_000);
});
