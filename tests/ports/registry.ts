// The ports the conformance harness runs, and the fixtures it runs them over. Adding a port is one
// entry in PORTS: how to build its driver for a generated folder, and the command that runs it.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { serdeReferee } from "../helpers/rustRunners.js";
import { BIN, ROOT } from "../helpers/paths.js";
import { PYTHON } from "../helpers/python.js";

/** A schema with conformance vectors, and where its ports are generated. */
export interface Fixture {
  name: FixtureName;
  schema: string;
  /** The folder holding index.json (schema/vectors/README.md describes it). */
  vectors: string;
  /** The folder `generate` writes the targets into (`<generated>/<port.folder>`). */
  generated: string;
}

export type FixtureName = "claw-proto" | "representations" | "telemetry";

export const FIXTURES: readonly Fixture[] = [
  { name: "claw-proto", schema: join(ROOT, "schema/claw-proto.schema.json"), vectors: join(ROOT, "schema/vectors"), generated: join(ROOT, "generated") },
  {
    name: "representations",
    schema: join(ROOT, "tests/fixtures/representations/schema.json"),
    vectors: join(ROOT, "tests/fixtures/representations/vectors"),
    generated: join(ROOT, "tests/fixtures/representations/generated"),
  },
  {
    name: "telemetry",
    schema: join(ROOT, "tests/fixtures/telemetry/schema.json"),
    vectors: join(ROOT, "tests/fixtures/telemetry/vectors"),
    generated: join(ROOT, "tests/fixtures/telemetry/generated"),
  },
];

/** How to start a driver: it then reads request lines on stdin and answers each on stdout. */
export interface DriverCommand {
  command: string;
  args: string[];
  cwd?: string;
}

/** An index.json entry, as far as the harness reads it. */
export interface VectorEntry {
  file: string;
  type: string;
  canonical?: string;
  kind?: string;
  [key: string]: unknown;
}

/** A difference from serde a port documents (README): counted apart by the fuzz, never a failure. */
export interface DocumentedGap {
  reason: string;
  /** Matches the port's error message when it rejects what serde accepts. */
  error: RegExp;
}

export interface Port {
  name: string;
  /** The target's folder under a fixture's `generated` folder. */
  folder: string;
  fixtures: readonly FixtureName[];
  /** Build (or check) the driver of the port generated in `dir`; throws with the tool's output on failure. */
  build(dir: string, fixture: FixtureName): void;
  driver(dir: string, fixture: FixtureName): DriverCommand;
  /** `kind` of a rejection is the spec's error kind (InvalidMessage, UnknownMessageType, …), compared with the vectors'. */
  specKinds: boolean;
  /** Why a vector serde accepts is refused by this port by documented choice (e.g. `typescriptGap`), else undefined. */
  vectorGap(entry: VectorEntry): string | undefined;
  fuzzGaps: readonly DocumentedGap[];
}

/** Generated crates build here (outside the committed folders: cargo writes Cargo.lock and target/). */
const RUST_BUILD = join(ROOT, "tests/rust-conformance/target/ports");

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (r.error) throw new Error(`${command} not found: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} in ${relative(ROOT, cwd)} failed:\n${r.stderr}`);
}

/** A copy of the generated crate, built offline against Debian's crates; its driver copied out per fixture. */
function buildRust(dir: string, fixture: FixtureName): void {
  const crate = join(RUST_BUILD, "crates", fixture);
  for (const sub of ["src", "examples"]) rmSync(join(crate, sub), { recursive: true, force: true });
  // Timestamps kept, so cargo rebuilds only what `generate` rewrote.
  cpSync(dir, crate, { recursive: true, preserveTimestamps: true });
  // Not part of any parent workspace.
  writeFileSync(join(crate, "Cargo.toml"), readFileSync(join(dir, "Cargo.toml"), "utf8") + "\n[workspace]\n");
  mkdirSync(join(crate, ".cargo"), { recursive: true });
  copyFileSync(join(ROOT, "tests/rust-conformance/.cargo/config.toml"), join(crate, ".cargo/config.toml"));
  // One target folder for every crate (their dependencies build once); each crate's example is
  // `conformance`, so the binary is copied out before the next crate overwrites it.
  const target = join(RUST_BUILD, "target");
  run("cargo", ["build", "--offline", "--quiet", "--example", "conformance"], crate, { ...process.env, CARGO_TARGET_DIR: target });
  mkdirSync(join(RUST_BUILD, "bin"), { recursive: true });
  copyFileSync(join(target, "debug/examples/conformance"), join(RUST_BUILD, "bin", fixture));
}

const ALL: readonly FixtureName[] = ["claw-proto", "representations", "telemetry"];

/** Where the TypeScript package generated with `--u64 bigint` goes (not committed: the harness generates it each run). */
const BIGINT_OUT = join(tmpdir(), `claw-ports-u64-bigint-${process.pid}`);
process.on("exit", () => rmSync(BIGINT_OUT, { recursive: true, force: true }));

/** The fixture's TypeScript package with u64/i64 as bigints, generated (and compiled) by the CLI as a user would. */
function generateBigint(fixture: FixtureName): void {
  const schema = FIXTURES.find((f) => f.name === fixture)!.schema;
  run(process.execPath, [BIN, "generate", "--no-cache", "-s", schema, "-o", join(BIGINT_OUT, fixture), "-t", "typescript", "--u64", "bigint"], ROOT);
}

/** README "Guarantees": where the package is knowingly stricter than serde, whatever its u64 setting. */
const TYPESCRIPT_GAPS: readonly DocumentedGap[] = [
  { reason: "nesting deeper than maxDepth (128), also under unknown keys", error: /recursion limit exceeded/ },
  { reason: "invalid UTF-8, also inside unknown values", error: /not valid UTF-8/ },
];

/** Go drivers build here, one binary per fixture (the generated module needs only the standard library: offline). */
const GO_BUILD = join(ROOT, "tests/go/.build");

function buildGo(dir: string, fixture: FixtureName): void {
  mkdirSync(GO_BUILD, { recursive: true });
  run("go", ["build", "-o", join(GO_BUILD, `conformance-${fixture}`), "./cmd/conformance"], dir, { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" });
}

/** The import package of a generated Python folder: the one folder holding conformance.py (claw_proto, …). */
function pythonPackage(dir: string): string {
  const name = readdirSync(dir).find((n) => existsSync(join(dir, n, "conformance.py")));
  if (name === undefined) throw new Error(`${relative(ROOT, dir)} holds no Python package with conformance.py: run generate`);
  return name;
}

export const PORTS: readonly Port[] = [
  {
    name: "typescript",
    folder: "typescript",
    fixtures: ALL,
    // dist/ is part of the generated output (`generate` compiles it); nothing to build.
    build(dir) {
      if (!existsSync(join(dir, "dist/esm/conformance.js"))) throw new Error(`${relative(ROOT, dir)} has no dist/esm/conformance.js: run generate`);
    },
    driver: (dir) => ({ command: process.execPath, args: [join(dir, "dist/esm/conformance.js")] }),
    specKinds: true,
    vectorGap: (e) => (typeof e["typescriptGap"] === "string" ? e["typescriptGap"] : undefined),
    // README "Guarantees": where the package is knowingly stricter than serde.
    fuzzGaps: [{ reason: "u64/i64 above 2^53-1", error: /2\^53-1/ }, ...TYPESCRIPT_GAPS],
  },
  {
    // The same package generated with `--u64 bigint`: no u64 gap, so a u64 serde accepts and this refuses is a disagreement.
    name: "typescript --u64 bigint",
    folder: "typescript",
    fixtures: ALL,
    build: (_dir, fixture) => generateBigint(fixture),
    driver: (_dir, fixture) => ({ command: process.execPath, args: [join(BIGINT_OUT, fixture, "typescript/dist/esm/conformance.js")] }),
    specKinds: true,
    // Only the u64 gap closes: a vector's other typescriptGap (invalid UTF-8 in bytes) stays.
    vectorGap: (e) => (typeof e["typescriptGap"] === "string" && !/2\^53-1/.test(e["typescriptGap"]) ? e["typescriptGap"] : undefined),
    fuzzGaps: TYPESCRIPT_GAPS,
  },
  {
    name: "python",
    folder: "python",
    fixtures: ALL,
    // Plain source: nothing to build; the interpreter must run it.
    build(dir) {
      pythonPackage(dir);
      run(PYTHON, ["-c", "import sys; assert sys.version_info >= (3, 9)"], dir);
    },
    // -B: no __pycache__ in the generated folder (check would report it); -m from the folder puts it on sys.path.
    driver: (dir) => ({ command: PYTHON, args: ["-B", "-m", `${pythonPackage(dir)}.conformance`], cwd: dir }),
    specKinds: true,
    vectorGap: () => undefined,
    fuzzGaps: [],
  },
  {
    name: "rust",
    folder: "rust",
    fixtures: ALL,
    build: buildRust,
    driver: (_dir, fixture) => ({ command: join(RUST_BUILD, "bin", fixture), args: [] }),
    // serde_json's error categories (Syntax, Data, Eof), as serde reports them.
    specKinds: false,
    vectorGap: () => undefined,
    fuzzGaps: [],
  },
  {
    name: "go",
    folder: "go",
    fixtures: ALL,
    build: buildGo,
    driver: (_dir, fixture) => ({ command: join(GO_BUILD, `conformance-${fixture}`), args: [] }),
    // The spec's kinds (InvalidMessage, UnknownMessageType), as the TypeScript package reports them.
    specKinds: true,
    vectorGap: () => undefined,
    fuzzGaps: [],
  },
];

/** serde itself, the judge of every port: tests/serde-referee's hand-written types (`referee driver`). */
export const REFEREE = {
  name: "serde referee",
  build: () => serdeReferee.build(),
  driver: (fixture: FixtureName): DriverCommand => ({
    command: join(ROOT, "tests/serde-referee/target/debug/referee"),
    args: fixture === "claw-proto" ? ["driver"] : ["driver", "--fixture", fixture],
  }),
};

/** The kinds a driver answers with when the request itself is wrong, or the port crashed: never a port's verdict on a message. */
export const DRIVER_KINDS = new Set(["BadRequest", "UnknownType", "Crash"]);
