import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED, tempDir } from "./helpers/paths.js";

const PACKAGE = "@clawbernetes/claw-proto";

interface Bundle {
  text: string;
  bytes: number;
  /** Bytes each package file contributes, by path inside the package. */
  inputs: Map<string, number>;
}

/** A consumer project with the package linked into node_modules, as npm would install it. */
let app: string;
beforeAll(() => {
  app = tempDir("claw-shake-");
  mkdirSync(join(app, "node_modules/@clawbernetes"), { recursive: true });
  symlinkSync(join(GENERATED, "typescript"), join(app, "node_modules", PACKAGE), "dir");
});

/** Bundle an entry for the browser the way an app does (esm, resolved through package.json "exports"). */
async function bundle(name: string, source: string): Promise<Bundle> {
  const entry = join(app, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    outdir: join(app, "out"),
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output!.inputs)) {
    const inPackage = /generated\/typescript\/(.*)$/.exec(path);
    if (inPackage && bytesInOutput > 0) inputs.set(inPackage[1]!, bytesInOutput);
  }
  return { text: result.outputFiles[0]!.text, bytes: output!.bytes, inputs };
}

const GATEWAY_CODE = /\b(readGatewayMessage|writeGatewayMessage|readGatewayMessageRegistered|validateGatewayMessage)\b/;
const NODE_CODE = /\b(readNodeMessage|writeNodeMessage|readNodeMessageRegister|validateNodeMessage)\b/;

describe("tree-shaking the generated package (esbuild, metafile)", () => {
  it("a bundle that imports only parseNodeMessage carries no GatewayMessage code and no validators", async () => {
    const all = await bundle("all", `import * as proto from "${PACKAGE}";\nconsole.log(proto);\n`);
    const node = await bundle("node", `import { parseNodeMessage } from "${PACKAGE}";\nconsole.log(parseNodeMessage("{}"));\n`);
    const gateway = await bundle("gateway", `import { parseGatewayMessage } from "${PACKAGE}";\nconsole.log(parseGatewayMessage("{}"));\n`);

    // The probe can see the code it looks for.
    expect(all.text).toMatch(GATEWAY_CODE);
    expect(all.text).toMatch(NODE_CODE);

    expect(node.text).toMatch(/\bfunction readNodeMessage\b/);
    expect(node.text).not.toMatch(GATEWAY_CODE);
    expect(gateway.text).toMatch(/\bfunction readGatewayMessage\b/);
    expect(gateway.text).not.toMatch(NODE_CODE);
    // Parsing needs the reader, not the Ajv validators or the companions.
    for (const b of [node, gateway]) {
      expect([...b.inputs.keys()].filter((p) => /\/(validate|ajv|values|rules|imageReference)\.js$/.test(p))).toEqual([]);
    }
    expect(node.bytes).toBeLessThan(all.bytes / 2);
    expect(gateway.bytes).toBeLessThan(all.bytes / 2);
    console.log(
      `tree-shaking: whole package ${all.bytes} B; parseNodeMessage only ${node.bytes} B (${[...node.inputs].map(([p, n]) => `${p} ${n}`).join(", ")}); parseGatewayMessage only ${gateway.bytes} B`,
    );
  });
});
