// The benchmark's inputs must not rot: the corpus generators are deterministic, every valid text is
// what serde writes (it parses, and serializes back byte for byte), every invalid one is rejected,
// and the synthetic schemas are valid claw-codegen input. No timing here: the bench only reports.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIX, MUTATIONS, deepErrorText, makeCorpus, makeInvalidCorpus } from "../bench/corpus.js";
import { evolveSchema, syntheticSchema } from "../bench/synthetic-schema.js";
import * as pkg from "../generated/typescript/dist/esm/index.js";
import { modelFromFile } from "../src/pipeline.js";
import { tempDir } from "./helpers/paths.js";

type Entry = { type: string; variant: string; text: string };

function parse(e: Entry): unknown {
  return e.type === "NodeMessage" ? pkg.parseNodeMessage(e.text) : pkg.parseGatewayMessage(e.text);
}

function serialize(e: Entry, value: unknown): string {
  return e.type === "NodeMessage" ? pkg.serializeNodeMessage(value as pkg.NodeMessage) : pkg.serializeGatewayMessage(value as pkg.GatewayMessage);
}

describe("bench corpus", () => {
  const corpus: Entry[] = makeCorpus({ seed: 5, size: 1_000 });

  it("is deterministic: same seed, same texts; another seed, other texts", () => {
    expect(makeCorpus({ seed: 5, size: 1_000 })).toEqual(corpus);
    expect(makeCorpus({ seed: 6, size: 1_000 })).not.toEqual(corpus);
  });

  it("holds every message variant of the mix, each text exactly as serde writes it", () => {
    const variants = new Set(corpus.map((e) => `${e.type} ${e.variant}`));
    for (const [type, weights] of Object.entries(MIX)) for (const variant of Object.keys(weights)) expect(variants).toContain(`${type} ${variant}`);
    for (const e of corpus) expect(serialize(e, parse(e)), e.text.slice(0, 80)).toBe(e.text);
  });

  it("builds the realistic shapes the bench promises: 8 GPUs, 100 log lines, env and volumes", () => {
    const first = (variant: string) => JSON.parse(corpus.find((e) => e.variant === variant)!.text);
    expect(first("Metrics").Metrics.gpu_metrics).toHaveLength(8);
    expect(first("Register").Register.capabilities.gpus).toHaveLength(8);
    expect(first("WorkloadLogs").WorkloadLogs.lines).toHaveLength(100);
    const spec = first("DeployWorkload").DeployWorkload.workload.spec;
    expect(spec.env.length).toBeGreaterThan(0);
    expect(spec.volumes.length).toBeGreaterThan(0);
  });
});

describe("bench invalid corpus", () => {
  it("is deterministic, well-formed JSON, covers every mutation, and every text is rejected", () => {
    const invalid: (Entry & { kind: string })[] = makeInvalidCorpus({ seed: 9, size: 3 * MUTATIONS.length });
    expect(makeInvalidCorpus({ seed: 9, size: 3 * MUTATIONS.length })).toEqual(invalid);
    expect(new Set(invalid.map((e) => e.kind))).toEqual(new Set(MUTATIONS.map((m: { kind: string }) => m.kind)));
    for (const e of invalid) {
      expect(() => JSON.parse(e.text), e.kind).not.toThrow();
      expect(() => parse(e), `${e.kind}: ${e.text.slice(0, 80)}`).toThrow(pkg.ProtoError);
    }
    expect(() => pkg.parseGatewayMessage(deepErrorText())).toThrow(/volumes\/1\/read_only/);
  });
});

describe("bench synthetic schemas", () => {
  it("are deterministic, valid claw-codegen input of the requested size, and evolve", () => {
    const schema = syntheticSchema({ types: 100 });
    expect(syntheticSchema({ types: 100 })).toEqual(schema);
    expect(Object.keys(schema.$defs)).toHaveLength(100);
    const next = evolveSchema(schema);
    expect(next).not.toEqual(schema);
    const dir = tempDir();
    for (const [name, s] of [["before.json", schema] as const, ["after.json", next] as const]) {
      writeFileSync(join(dir, name), JSON.stringify(s));
      expect(modelFromFile(join(dir, name)).decls).toHaveLength(100);
    }
  });
});
