import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, tempDir } from "./helpers/paths.js";

const MESSAGE = '{"Heartbeat":{"node_id":"67e55044-10b1-426f-9247-bb680e5fe0c8","timestamp":"2024-01-02T03:04:05.123456789Z"}}';

describe("the generated npm package", () => {
  it("packs, installs offline into a fresh project, and works from ESM and from CommonJS", () => {
    const packDir = tempDir();
    execFileSync("npm", ["pack", "--silent", "--pack-destination", packDir], { cwd: join(GENERATED, "typescript"), encoding: "utf8" });
    const tarball = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith(".tgz"))!,
    );
    const app = tempDir();
    writeFileSync(join(app, "package.json"), '{"name":"consumer","version":"1.0.0","private":true}');
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, encoding: "utf8" });
    const script = (mod: string) => `const m = ${mod};
const text = ${JSON.stringify(MESSAGE)};
const v = m.parseNodeMessage(text);
if (m.serializeNodeMessage(v) !== text) throw new Error("round trip");
console.log(Object.keys(v)[0], m.PROTOCOL_VERSION);`;
    writeFileSync(join(app, "esm.mjs"), `import * as p from "@clawbernetes/claw-proto";\n${script("p")}`);
    writeFileSync(join(app, "cjs.cjs"), script('require("@clawbernetes/claw-proto")'));
    expect(execFileSync(process.execPath, ["esm.mjs"], { cwd: app, encoding: "utf8" })).toBe("Heartbeat 1\n");
    expect(execFileSync(process.execPath, ["cjs.cjs"], { cwd: app, encoding: "utf8" })).toBe("Heartbeat 1\n");
  }, 120_000);
});
