// The Go target itself: its names check refuses what Go cannot print (as located diagnostics, exit 2),
// its output is deterministic and gofmt/vet clean, and its escapers keep schema text in its place.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Model } from "../../src/model/types.js";
import { modelFromFile } from "../../src/pipeline.js";
import { goComment, goString } from "../../src/targets/go/escape.js";
import { checkGoNames, goExported, goPackageName } from "../../src/targets/go/names.js";
import { goNaming } from "../../src/targets/go/naming.js";
import { ROOT, SCHEMA, cli, tempDir } from "../helpers/paths.js";
import { hasGo } from "./driver.js";

const model = modelFromFile(SCHEMA);
const renamed = (from: string, to: string): Model => {
  const copy = JSON.parse(JSON.stringify(model)) as Model;
  const text = JSON.stringify(copy).replaceAll(`"${from}"`, `"${to}"`);
  return JSON.parse(text) as Model;
};

describe("the Go target's names check", () => {
  it("passes the canonical schema", () => {
    expect(checkGoNames(model)).toEqual([]);
  });

  it("refuses a type the runtime already declares, or whose helpers it would redefine, located at the type", () => {
    for (const [name, why] of [
      ["UUID", /the Go runtime/],
      ["DateTime", /the Go runtime/],
      ["Error", /the Go runtime/],
      ["String", /readString/],
      ["Tuple2", /2-tuple/],
    ] as const) {
      const problems = checkGoNames(renamed("VolumeMount", name));
      expect(problems.length, name).toBeGreaterThan(0);
      expect(problems[0]!.message, name).toMatch(why);
      expect(problems[0]!.pointer).toBe("/$defs/VolumeMount");
    }
  });

  it("refuses names that collide once converted to Go", () => {
    // A type named like another's variant type, and two fields that are both NodeID in Go.
    expect(checkGoNames(renamed("VolumeMount", "NodeMessageRegister")).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^type NodeMessageRegister would be NodeMessageRegister in Go, which variant NodeMessage::Register already declares$/),
    );
    const twoIds = JSON.parse(JSON.stringify(model)) as Model;
    const vm = twoIds.decls.find((d) => d.name === "VolumeMount")!;
    if (vm.kind !== "struct") throw new Error("VolumeMount is a struct");
    vm.fields.push({ ...vm.fields[0]!, name: "host-path", pointer: "/$defs/VolumeMount/properties/host-path" });
    expect(checkGoNames(twoIds)).toEqual([
      { code: "reserved-name", pointer: "/$defs/VolumeMount/properties/host-path", message: 'fields "host_path" and "host-path" are both HostPath in Go' },
    ]);
  });

  it("reaches the user as a located error with exit status 2", () => {
    const dir = tempDir("claw-go-names-");
    const schema = join(dir, "schema.json");
    writeFileSync(
      schema,
      readFileSync(join(ROOT, "tests/fixtures/telemetry/schema.json"), "utf8").replaceAll('"Fault"', '"DateTime"').replaceAll("/Fault", "/DateTime"),
    );
    const r = cli(["generate", "--schema", schema, "--out", join(dir, "out"), "--target", "go"], dir);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      /schema\.json:\d+:\d+: error: type DateTime would be DateTime in Go, which the Go runtime already declares \[reserved-name\] at #\/\$defs\/DateTime/,
    );
  });
});

describe("Go identifiers and escapers", () => {
  it("spells names as Go code does: exported, golint's initialisms", () => {
    expect(["node_id", "gpu_count", "cpu_millicores", "sensorId", "SET_SCALE", "labeled_reading", "url"].map(goExported)).toEqual([
      "NodeID",
      "GpuCount",
      "CPUMillicores",
      "SensorID",
      "SETSCALE",
      "LabeledReading",
      "URL",
    ]);
    expect(["claw-proto", "sensor-telemetry", "go", "123abc"].map(goPackageName)).toEqual(["clawproto", "sensortelemetry", "goproto", "abc"]);
  });

  it("keeps description text inside its comment and string text inside its literal", () => {
    expect(goComment("one\nline two\r\n\nnext */ paragraph\u2028x\u0000")).toEqual(["one line two", "", "next */ paragraph x\\u0000"]);
    expect(goComment("- looks like a list")).toEqual(['"- looks like a list"']);
    expect(goString('say "hi"\\\n\u202e')).toBe('"say \\"hi\\"\\\\\\n\\u202e"');
  });
});

describe("the Go module path", () => {
  it("accepts what the go command accepts, and refuses the rest", () => {
    for (const ok of ["claw-proto", "github.com/acme/claw-proto", "example.com/x/v2", "a.b_c~d"]) expect(goNaming.problem(ok), ok).toBeUndefined();
    for (const bad of ["", "/x", "x/", "a//b", "a/./b", ".x", "x.", "has space", "ünï", "-x"]) expect(goNaming.problem(bad), bad).toBeDefined();
  });

  it("--package-name go=<path> names the module, and the driver imports it", () => {
    const out = join(tempDir("claw-go-module-"), "out");
    const r = cli(["generate", "--out", out, "--target", "go", "--package-name", "go=example.com/acme/claw-proto"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, "go/go.mod"), "utf8")).toMatch(/^module example\.com\/acme\/claw-proto$/m);
    expect(readFileSync(join(out, "go/cmd/conformance/main.go"), "utf8")).toContain('p "example.com/acme/claw-proto"');
    expect(cli(["generate", "--out", out, "--target", "go", "--package-name", "go=a//b"]).status).toBe(2);
  });
});

describe("the fixtures' committed Go ports", () => {
  it.each(["representations", "telemetry"])("tests/fixtures/%s/generated/go is what generate writes (check --target go)", (name) => {
    const fixture = join(ROOT, "tests/fixtures", name);
    const r = cli(["check", "--schema", join(fixture, "schema.json"), "--out", join(fixture, "generated"), "--target", "go"], tempDir("claw-go-check-"));
    expect(r.stderr + r.stdout).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!hasGo() && !process.env.CI)("the Go target's output", () => {
  it("is deterministic, gofmt-clean and go vet-clean, for a schema of every representation", () => {
    const a = join(tempDir("claw-go-det-"), "out");
    const b = join(tempDir("claw-go-det-"), "out");
    const fixture = join(ROOT, "tests/fixtures/representations/schema.json");
    for (const out of [a, b]) expect(cli(["generate", "--schema", fixture, "--out", out, "--target", "go"]).status).toBe(0);
    const files = spawnSync("find", [".", "-type", "f"], { cwd: join(a, "go"), encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)
      .sort();
    for (const f of files) expect(readFileSync(join(b, "go", f), "utf8"), f).toBe(readFileSync(join(a, "go", f), "utf8"));
    const gofmt = spawnSync("gofmt", ["-l", "."], { cwd: join(a, "go"), encoding: "utf8" });
    expect(gofmt.status).toBe(0);
    expect(gofmt.stdout).toBe("");
    const vet = spawnSync("go", ["vet", "./..."], { cwd: join(a, "go"), encoding: "utf8", env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" } });
    expect(vet.status, vet.stderr).toBe(0);
  }, 300_000);
});
