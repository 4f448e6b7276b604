// Every newtype form a schema allows (a string, a UUID inline or through an alias, a timestamp inline or
// through an alias, a bool, an f64, each integer kind, a struct, a list, an enum) through both targets:
// the TypeScript types are what the parser returns, companions exist where the crate has constructors or a
// Default, a strict consumer compiles, and the crate passes cargo check.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.js";
import { loadTargets } from "../src/targets/index.js";
import { cargoCheck } from "./helpers/cargo.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { consumerTypeErrors, typeErrors } from "./helpers/typecheck.js";

const SCHEMA = join(ROOT, "tests/fixtures/newtypes/schema.json");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const CONSUMER = `
import { CreatedAt, Grade, Holder, Label, OrderId, SeenAt, Spot, Tags, U64Count, UserId, parseHolder, serializeHolder } from "./out/typescript/src/index.js";

const id: UserId = UserId.new();
const order: OrderId = OrderId.fromStr("67E55044-10B1-426F-9247-BB680E5FE0C8");
const seen: SeenAt = SeenAt.fromStr("2024-01-01T00:00:00+01:00");
const created: CreatedAt = CreatedAt.default();
const h: Holder = Holder.default();
const next: number = h.u64_count + 1; // a u64 newtype is a number
const upper: string = h.label.toUpperCase();
const grade: Grade = Grade.default();
const spot: Spot = Spot.default();
const x: number = spot.x;
const tags: Tags = Tags.default();
const count: U64Count = U64Count.default();
const label: Label = Label.default();
// @ts-expect-error a UserId is not an OrderId
const mixed: OrderId = id;
export const all = [order, seen, created, next, upper, grade, x, tags.length, count, label, mixed, serializeHolder(parseHolder("{}"))];
`;

describe("newtypes of every kind", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("claw-newtypes-");
    await generate({ schema: SCHEMA, out: join(dir, "out"), targets: (await loadTargets(["typescript", "rust"]))! });
  }, 60_000);

  it("the package type-checks under strict, and so does a strict consumer using the companions", () => {
    expect(typeErrors(join(dir, "out/typescript/src"))).toEqual([]);
    writeFileSync(join(dir, "consumer.ts"), CONSUMER);
    expect(consumerTypeErrors(join(dir, "consumer.ts"), join(dir, "out/typescript/src"))).toEqual([]);
  }, 60_000);

  it("the companions run: default() of a struct holding every newtype, new() and fromStr() of UUID newtypes", async () => {
    const api = (await import(pathToFileURL(join(dir, "out/typescript/dist/esm/index.js")).href)) as Record<
      string,
      Record<string, (...a: unknown[]) => unknown>
    > &
      Record<string, unknown>;
    const holder = api["Holder"]!["default"]!() as Record<string, unknown>;
    expect(holder).toMatchObject({ label: "", user_id: "00000000-0000-0000-0000-000000000000", u64_count: 0, spot: { x: 0 }, tags: [], grade: "Low" });
    expect(api["UserId"]!["new"]!()).toMatch(UUID);
    expect(api["OrderId"]!["new"]!()).toMatch(UUID);
    expect(api["OrderId"]!["fromStr"]!("urn:uuid:67E55044-10B1-426F-9247-BB680E5FE0C8")).toBe("67e55044-10b1-426f-9247-bb680e5fe0c8");
    const serialize = api["serializeHolder"] as unknown as (v: unknown) => string;
    const parse = api["parseHolder"] as unknown as (t: string) => unknown;
    expect(parse(serialize(holder))).toEqual(holder);
  });

  it("the crate passes cargo check", () => {
    const r = cargoCheck(join(dir, "out/rust"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 300_000);
});
