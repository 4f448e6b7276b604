// What an IDE shows on hover over the generated package's names (TypeScript's language service, as VS Code asks it):
// each type's schema description and an @see naming where the schema declares it, a variant's description on its
// match handler, and an @see on the parsers.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GENERATED, tempDir } from "./helpers/paths.js";

const SOURCE = `import { NodeMessage, WorkloadSpec, parseNodeMessage, decodeBincodeNodeMessage } from "@clawbernetes/claw-proto";
const m: NodeMessage = parseNodeMessage("{}");
NodeMessage.match(m, { Register: (p) => p.capabilities, Heartbeat: () => 1, Metrics: () => 1, WorkloadUpdate: () => 1, WorkloadLogs: () => 1 });
decodeBincodeNodeMessage(new Uint8Array());
const s: WorkloadSpec = WorkloadSpec.default();
`;

function hover(): (needle: string, offset?: number) => { docs: string; tags: [string, string][] } {
  const dir = tempDir("claw-hover-");
  mkdirSync(join(dir, "node_modules/@clawbernetes"), { recursive: true });
  symlinkSync(join(GENERATED, "typescript"), join(dir, "node_modules/@clawbernetes/claw-proto"), "dir");
  const file = join(dir, "app.ts");
  writeFileSync(file, SOURCE);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => ({
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
    }),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    realpath: ts.sys.realpath!,
    directoryExists: ts.sys.directoryExists!,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  return (needle, offset = 0) => {
    const at = SOURCE.indexOf(needle);
    expect(at, needle).toBeGreaterThanOrEqual(0);
    const info = service.getQuickInfoAtPosition(file, at + offset);
    return {
      docs: ts.displayPartsToString(info?.documentation),
      tags: (info?.tags ?? []).map((t) => [t.name, ts.displayPartsToString(t.text).trim()]),
    };
  };
}

describe("hover docs of the generated package", () => {
  it("types, match handlers and parsers show the schema's descriptions and where the schema declares them", () => {
    const at = hover();
    expect(at("m: NodeMessage", 3)).toEqual({
      docs: "Messages sent from nodes to the gateway.",
      tags: [["see", "`claw-proto.schema.json#/$defs/NodeMessage`"]],
    });
    expect(at("s: WorkloadSpec", 3)).toEqual({
      docs: "Workload specification (container config).",
      tags: [["see", "`claw-proto.schema.json#/$defs/WorkloadSpec`"]],
    });
    expect(at("Register:")).toEqual({ docs: "Node registration on connect", tags: [] });
    const parse = at("parseNodeMessage(");
    expect(parse.docs).toMatch(/^Parse a .*NodeMessage.* from JSON text/);
    expect(parse.tags).toEqual([["see", "`claw-proto.schema.json#/$defs/NodeMessage`"]]);
    expect(at("decodeBincodeNodeMessage(").tags).toEqual([["see", "`claw-proto.schema.json#/$defs/NodeMessage`"]]);
  });
});
