// Seeded synthetic claw-codegen schemas of N types, to show how generate and diff scale: structs
// (every field kind: string, bool, each integer width, UUID, timestamp, references, Options, lists,
// tuples), externally tagged enums (unit, struct and newtype variants), unit-only enums, newtypes,
// and two message unions named in x-messages. A type only references earlier ones, so there are
// no cycles. `evolveSchema` makes the "after" side of a diff: fields added, removed and retyped,
// a variant added.
import { Random } from "./lib/random.js";

const WORDS = [
  "gpu",
  "node",
  "pool",
  "shard",
  "job",
  "task",
  "lease",
  "quota",
  "volume",
  "image",
  "region",
  "zone",
  "metric",
  "sample",
  "event",
  "route",
  "token",
  "policy",
  "slot",
  "batch",
];
const INTS = ["u8", "u16", "u32", "u64", "i32", "i64"];
const pascal = (w) => w[0].toUpperCase() + w.slice(1);

/** A field's schema, referencing only `earlier` types. */
function fieldSchema(rng, earlier, depth = 0) {
  const kind = rng.weighted({ string: 5, bool: 2, int: 5, uuid: 2, timestamp: 2, ref: earlier.length ? 4 : 0, list: depth ? 0 : 3, tuple: 1 });
  switch (kind) {
    case "string":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "int":
      return { type: "integer", "x-rust-type": rng.pick(INTS) };
    case "uuid":
      return { $ref: "#/$defs/Uuid" };
    case "timestamp":
      return { $ref: "#/$defs/Timestamp" };
    case "ref":
      return { $ref: `#/$defs/${rng.pick(earlier)}` };
    case "list":
      return { type: "array", items: fieldSchema(rng, earlier, depth + 1) };
    default:
      return { type: "array", prefixItems: [{ type: "string" }, { type: "string" }], items: false, minItems: 2 };
  }
}

function structSchema(rng, earlier, description) {
  const properties = {};
  const required = [];
  const count = rng.int(3, 10);
  for (let j = 0; j < count; j++) {
    const name = `${rng.pick(WORDS)}_${rng.pick(WORDS)}_${j}`;
    const inner = fieldSchema(rng, earlier);
    if (rng.chance(0.25)) properties[name] = { anyOf: [inner, { type: "null" }] };
    else {
      properties[name] = inner;
      required.push(name);
    }
  }
  return { description, type: "object", properties, required };
}

function enumSchema(rng, earlier, description, unitOnly) {
  const count = rng.int(2, 8);
  const oneOf = [];
  for (let j = 0; j < count; j++) {
    const name = `${pascal(rng.pick(WORDS))}${pascal(rng.pick(WORDS))}${j}`;
    const kind = unitOnly ? "unit" : rng.weighted({ unit: 2, struct: 3, newtype: 1 });
    if (kind === "unit") oneOf.push({ const: name });
    else {
      const payload = kind === "struct" ? structSchema(rng, earlier, undefined) : fieldSchema(rng, earlier);
      oneOf.push({ type: "object", properties: { [name]: payload }, required: [name], additionalProperties: false });
    }
  }
  return { description, "x-serde": "externally-tagged", oneOf };
}

/** One struct variant per message, each carrying a few earlier types. */
function messageUnion(rng, earlier, prefix) {
  const oneOf = Array.from({ length: 6 }, (_, j) => {
    const name = `${prefix}${pascal(rng.pick(WORDS))}${j}`;
    return { type: "object", properties: { [name]: structSchema(rng, earlier, undefined) }, required: [name], additionalProperties: false };
  });
  return { description: `Messages, ${prefix}.`, "x-serde": "externally-tagged", oneOf };
}

/**
 * A valid claw-codegen schema with exactly `types` entries in $defs.
 * @param {{ types: number, seed?: number }} options
 */
export function syntheticSchema({ types, seed = 7 }) {
  if (types < 4) throw new Error("a synthetic schema needs at least 4 types");
  const rng = new Random(seed + types);
  const $defs = {
    Uuid: { type: "string", format: "uuid", "x-rust-type": "Uuid" },
    Timestamp: { type: "string", format: "date-time", "x-rust-type": "DateTime<Utc>" },
  };
  const earlier = [];
  for (let i = 0; earlier.length < types - 4; i++) {
    const name = `${pascal(rng.pick(WORDS))}${pascal(rng.pick(WORDS))}${i}`;
    const description = `Synthetic type ${i}.`;
    const kind = rng.weighted({ struct: 60, enum: 25, newtype: 10, unitEnum: 5 });
    $defs[name] =
      kind === "struct"
        ? structSchema(rng, earlier, description)
        : kind === "newtype"
          ? { description, "x-newtype": true, $ref: "#/$defs/Uuid" }
          : enumSchema(rng, earlier, description, kind === "unitEnum");
    earlier.push(name);
  }
  $defs.UpMessage = messageUnion(rng, earlier, "Up");
  $defs.DownMessage = messageUnion(rng, earlier, "Down");
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://example.invalid/synthetic-${types}.schema.json`,
    title: `synthetic-${types}`,
    description: `A seeded synthetic schema of ${types} types, for benchmarks.`,
    "x-protocol-version": 1,
    "x-messages": { UpMessage: "node-to-gateway", DownMessage: "gateway-to-node" },
    $defs,
  };
}

/**
 * The next version of a schema: in about one struct in ten a field is added (an Option), removed,
 * or has its integer type changed; one enum gains a variant. Deterministic.
 */
export function evolveSchema(schema, seed = 11) {
  const rng = new Random(seed);
  const next = JSON.parse(JSON.stringify(schema));
  let enumDone = false;
  for (const def of Object.values(next.$defs)) {
    if (def.type === "object" && rng.chance(0.1)) {
      const change = rng.weighted({ add: 1, remove: 1, retype: 1 });
      const names = Object.keys(def.properties);
      if (change === "add") def.properties[`added_${names.length}`] = { anyOf: [{ type: "string" }, { type: "null" }] };
      else if (change === "remove" && names.length > 1) {
        const gone = rng.pick(names);
        delete def.properties[gone];
        def.required = def.required.filter((n) => n !== gone);
      } else {
        const int = names.find((n) => def.properties[n]["x-rust-type"]);
        if (int) def.properties[int]["x-rust-type"] = def.properties[int]["x-rust-type"] === "u64" ? "u32" : "u64";
      }
    } else if (!enumDone && Array.isArray(def.oneOf) && def["x-serde"]) {
      def.oneOf.push({ const: "AddedVariant" });
      enumDone = true;
    }
  }
  return next;
}
