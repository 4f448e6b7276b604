// Go's own fuzzer (go test -fuzz) over the generated parser, seeded with every conformance vector:
// tests/go/gotests. Brief here (GO_FUZZTIME, default 5s); `go test -run '^$' -fuzz FuzzParse -fuzztime 10m`
// in that folder for a long run.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";
import { hasGo } from "./driver.js";

const DIR = join(ROOT, "tests/go/gotests");
const env = { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" };

describe.skipIf(!hasGo() && !process.env.CI)("go test -fuzz over the Go port's parser", () => {
  it("go test: the API tests (visitor, IDs, timestamps, rules, errors, encoding/json), the fuzz harness covers every type, every vector passes as a seed", () => {
    const r = spawnSync("go", ["test", "-count=1", "./..."], { cwd: DIR, env, encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 300_000);

  it(`fuzzes for ${process.env.GO_FUZZTIME ?? "5s"} without finding a failure`, () => {
    const r = spawnSync("go", ["test", "-run", "^$", "-fuzz", "FuzzParse", "-fuzztime", process.env.GO_FUZZTIME ?? "5s", "-parallel", "2"], {
      cwd: DIR,
      env,
      encoding: "utf8",
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/execs: [1-9]/);
  }, 600_000);
});
