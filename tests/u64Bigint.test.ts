// The TypeScript target's setting `u64: bigint` (--u64 bigint): the package it writes holds u64/i64 as bigints, exact
// across their range, in the parser, serializer, validators, defaults, bincode and types; the default stays number.
// Agreement with serde on every vector and fuzz case is tests/ports (port "typescript --u64 bigint").
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../src/cli/config.js";
import { InputError } from "../src/diagnostics.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { TARGETS } from "../src/targets/index.js";
import { BIN, ROOT, SCHEMA, cli, tempDir } from "./helpers/paths.js";

const U64_MAX = 18446744073709551615n;
const out = tempDir("claw-u64-");
const pkg = join(out, "typescript");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;

beforeAll(async () => {
  const r = cli(["generate", "--no-cache", "-s", SCHEMA, "-o", out, "-t", "typescript", "--u64", "bigint"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  api = await import(join(pkg, "dist/esm/index.js"));
}, 120_000);

const GPU = `{"index":0,"name":"H100","vram_mb":${U64_MAX},"compute_capability":"9.0","driver_version":"535"}`;

describe("u64 as bigint: the package", () => {
  it("reads and writes every u64 exactly (JSON and bincode), where the default package refuses above 2^53-1", async () => {
    const gpu = api.parseGpuCapability(GPU);
    expect(gpu.vram_mb).toBe(U64_MAX);
    expect(api.serializeGpuCapability(gpu)).toBe(GPU);
    expect(api.parseGpuCapability(GPU.replace(String(U64_MAX), "9007199254740993")).vram_mb).toBe(9007199254740993n);
    expect(api.decodeBincodeGpuCapability(api.encodeBincodeGpuCapability(gpu))).toEqual(gpu);
    // The default package (committed output) refuses the same message rather than round it.
    const committed = await import(join(ROOT, "generated/typescript/dist/esm/index.js"));
    expect(() => committed.parseGpuCapability(GPU)).toThrow(/2\^53-1/);
  });

  it("refuses what serde refuses: past u64, negative, fractions, exponents, -0", () => {
    expect(api.parseGpuCapability(GPU.replace(`:${U64_MAX}`, `: \t${U64_MAX}`)).vram_mb).toBe(U64_MAX);
    for (const bad of ["18446744073709551616", "-1", "1.0", "1e3", "-0", "012", "123456789012345678901234"]) {
      expect(() => api.parseGpuCapability(GPU.replace(String(U64_MAX), bad)), bad).toThrow(api.ProtoError);
    }
  });

  it("validates, creates and serializes bigints only", () => {
    const gpu = api.GpuCapability.default();
    expect(gpu.vram_mb).toBe(0n);
    expect(api.validateGpuCapability(gpu)).toEqual([]);
    expect(api.validateGpuCapability({ ...gpu, vram_mb: 1 })).toEqual([{ pointer: "/vram_mb", message: "expected a bigint in u64's range, got 1" }]);
    expect(api.validateGpuCapability({ ...gpu, vram_mb: U64_MAX + 1n })[0].pointer).toBe("/vram_mb");
    expect(api.validateGpuCapability({ ...gpu, vram_mb: -1n })[0].pointer).toBe("/vram_mb");
    expect(() => api.serializeGpuCapability({ ...gpu, vram_mb: 1 })).toThrow(/expected a bigint in u64's range/);
    expect(() => api.encodeBincodeGpuCapability({ ...gpu, vram_mb: U64_MAX + 1n })).toThrow(/expected a bigint in u64's range/);
  });

  it("types u64 fields as bigint for a strict consumer (and refuses a number there)", () => {
    const errors = (file: string) => {
      const program = ts.createProgram([join(ROOT, "tests/fixtures/consumers", file)], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: [],
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        paths: { "@clawbernetes/claw-proto": [join(pkg, "dist/esm/index.d.ts")] },
      });
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    expect(errors("u64-bigint-good.ts")).toEqual([]);
    expect(errors("u64-bigint-bad.ts").join("\n")).toMatch(/number.*not assignable to.*bigint/s);
  }, 60_000);

  it("ships bigint.ts only with the setting", () => {
    expect(existsSync(join(pkg, "src/bigint.ts"))).toBe(true);
    expect(existsSync(join(ROOT, "generated/typescript/src/bigint.ts"))).toBe(false);
    expect(readFileSync(join(ROOT, "generated/typescript/src/types.ts"), "utf8")).not.toMatch(/bigint/);
  });
});

describe("u64 as bigint: the setting", () => {
  it("is read from the config, checked, and refused when unknown", () => {
    const parse = (text: string) => parseConfig(loadSchemaText("claw-codegen.config.json", text), undefined, "/repo", TARGETS);
    expect(parse('{"u64": "bigint"}')).toEqual({ targetSettings: { typescript: { u64: "bigint" } } });
    try {
      parse('{"u64": "int"}');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).diagnostics.map((d) => `${d.code} ${d.pointer} ${d.message}`)).toEqual([
        `config-setting /u64 "u64" (the typescript target's) must be "number" or "bigint", got "int"`,
      ]);
    }
    const r = cli(["generate", "-s", SCHEMA, "-o", tempDir(), "--u64", "int"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--u64/);
  });

  it("keys the render cache: a cached bigint render is never reused for the default", () => {
    const env = { ...process.env, CLAW_CODEGEN_CACHE: tempDir("claw-u64-cache-") };
    // As cli() runs the tool, with a fresh cache folder that both runs share.
    const run = (dir: string, extra: string[]) =>
      spawnSync(process.execPath, [BIN, "generate", "-s", SCHEMA, "-o", dir, "-t", "typescript", ...extra], { cwd: ROOT, env, encoding: "utf8" }).status;
    const a = tempDir();
    const b = tempDir();
    expect(run(a, ["--u64", "bigint"])).toBe(0);
    expect(run(b, [])).toBe(0);
    expect(readFileSync(join(a, "typescript/src/types.ts"), "utf8")).toMatch(/vram_mb: bigint/);
    expect(readFileSync(join(b, "typescript/src/types.ts"), "utf8")).toMatch(/vram_mb: number/);
  }, 120_000);
});
