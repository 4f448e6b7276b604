// The generated package against hostile JavaScript values (issue #13): whatever a caller hands parseX,
// serializeX, validateX or the bincode codecs, the answer is a value, a ProtoError (serializers: a
// SerializationError with a pointer) or validation issues; never a TypeError, a stack overflow or the
// exception of the caller's own getter, and never a silent `{}`. Error messages quote a bounded prefix
// of what they complain about, and parsed maps are null-prototype objects.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as proto from "../../generated/typescript/dist/esm/index.js";
import * as fixture from "../fixtures/representations/generated/typescript/dist/esm/index.js";
import { ROOT } from "../helpers/paths.js";

type Api = Record<string, (...args: unknown[]) => unknown>;
const PROTO = proto as unknown as Api;
const FIXTURE = fixture as unknown as Api;
type ProtoErrorT = InstanceType<typeof proto.ProtoError>;
interface Issue {
  pointer: string;
  message: string;
}

/** The longest message any error or issue here may have: a few lines of fixed text around bounded quotes. */
const MESSAGE_MAX = 600;

/** The ProtoError `f` throws (of either package: they are separate classes); fails on a value or any other exception. */
function protoError(f: () => unknown): ProtoErrorT {
  let value: unknown;
  try {
    value = f();
  } catch (e) {
    if (e instanceof proto.ProtoError || e instanceof fixture.ProtoError) {
      expect(e.message.length, e.message.slice(0, 200)).toBeLessThanOrEqual(MESSAGE_MAX);
      return e as ProtoErrorT;
    }
    throw new Error(`threw ${describeThrown(e)}, not a ProtoError`, { cause: e });
  }
  throw new Error(`returned ${String(JSON.stringify(value)).slice(0, 200)} instead of throwing a ProtoError`);
}

/** `f` returns, or throws a ProtoError (of either package); any other exception fails. */
function noOtherException(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (e instanceof proto.ProtoError || e instanceof fixture.ProtoError) return;
    throw new Error(`threw ${describeThrown(e)}, not a ProtoError`, { cause: e });
  }
}

function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 200)}` : String(e);
  } catch {
    return "an unprintable exception";
  }
}

/** A validator's issues: it must return (never throw) a non-empty list of {pointer, message}, each message bounded. */
function issues(f: () => unknown): Issue[] {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    throw new Error(`the validator threw ${describeThrown(e)}`, { cause: e });
  }
  expect(Array.isArray(result)).toBe(true);
  const list = result as Issue[];
  expect(list.length, "the validator found nothing wrong").toBeGreaterThan(0);
  for (const i of list) {
    expect(typeof i.pointer).toBe("string");
    expect(typeof i.message).toBe("string");
    expect(i.message.length, i.message.slice(0, 200)).toBeLessThanOrEqual(MESSAGE_MAX);
  }
  return list;
}

// ---- hostile values ----

const TRAPS = [
  "get",
  "set",
  "has",
  "deleteProperty",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "defineProperty",
  "getPrototypeOf",
  "setPrototypeOf",
  "isExtensible",
  "preventExtensions",
];
/** A Proxy whose every trap throws. */
function trapsThrow<T extends object>(target: T): T {
  const handler = Object.fromEntries(
    TRAPS.map((trap) => [
      trap,
      () => {
        throw new Error(`the ${trap} trap throws`);
      },
    ]),
  );
  return new Proxy(target, handler);
}
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
function nestedArrays(depth: number, inner: unknown = []): unknown {
  let v = inner;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function nestedObjects(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
function cyclicArray(): unknown[] {
  const a: unknown[] = [];
  a.push(a);
  return a;
}
function cyclicObject(): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  o["a"] = { b: o };
  return o;
}
function throwingGetter(target: object, key: string | number): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error("the getter throws");
    },
  });
}
class Point {
  x = 1;
  y = 2;
}

/** Values that are not data of any type: every serializer and encoder refuses them, every validator reports them. */
const NOT_DATA: readonly (readonly [string, () => unknown])[] = [
  ["a BigInt", () => 1n],
  ["a 1,000-digit BigInt", () => 10n ** 1000n],
  ["a symbol", () => Symbol("s")],
  ["a function", () => () => 1],
  ["a Map", () => new Map([["a", "b"]])],
  ["an empty Map", () => new Map()],
  ["a Set", () => new Set(["a"])],
  ["a Date", () => new Date(0)],
  ["an invalid Date", () => new Date(NaN)],
  ["a RegExp", () => /x/],
  ["a String object", () => new String("x")],
  ["a Uint8Array", () => new Uint8Array(4)],
  ["a Promise", () => Promise.resolve(1)],
  ["an Error", () => new Error("e")],
  ["a class instance", () => new Point()],
  ["an object whose every trap throws", () => trapsThrow({})],
  ["an array whose every trap throws", () => trapsThrow([])],
  ["a revoked Proxy", revokedProxy],
  ["100,000 nested arrays", () => nestedArrays(100_000)],
  ["a cyclic array", cyclicArray],
];
/**
 * Plain objects that are not data of any type either, but hold only keys no struct declares: serializers read the
 * declared fields and ignore other keys, so a struct whose fields are all optional is written from them (validators
 * report the unknown key).
 */
const PLAIN_NOT_DATA: readonly (readonly [string, () => unknown])[] = [
  ["100,000 nested objects", () => nestedObjects(100_000)],
  ["a cyclic object", cyclicObject],
  ["an object whose toJSON throws", () => ({ toJSON: () => thrower("toJSON") })],
  ["an object whose toString and valueOf throw", () => ({ toString: () => thrower("toString"), valueOf: () => thrower("valueOf") })],
];
function thrower(what: string): never {
  throw new Error(`${what} throws`);
}

const heartbeat = () => ({ Heartbeat: { node_id: "67e55044-10b1-426f-9247-bb680e5fe0c8", timestamp: "2024-01-02T03:04:05Z" } });
const reading = (labels: unknown = { zone: "a" }) => ({ sensorId: "s", value: 1.5, ratio: 0.25, labels, lastSeen: null });
const frameWith = (value: unknown) => fixture.Frame.create({ shape: { kind: "point" }, color: "red", value: value as never });

describe("parseX reads a string or UTF-8 bytes (Uint8Array, ArrayBuffer, DataView); anything else is a ProtoError", () => {
  const json = '{"log_level":"debug"}';
  const bytes = () => new TextEncoder().encode(json);

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 5],
    ["a boolean", true],
    ["a BigInt", 5n],
    ["a symbol", Symbol("s")],
    ["a plain object", { log_level: "debug" }],
    ["an array of byte values", [123, 125]],
    ["a String object", new String(json)],
    ["a Buffer[] (ws fragments)", [Buffer.from(json)]],
    ["a Proxy whose every trap throws", trapsThrow({})],
    ["a Proxy around a Uint8Array", new Proxy(new TextEncoder().encode(json), {})],
    ["a revoked Proxy", revokedProxy()],
    ["a function", () => json],
  ])("%s: a ProtoError (InvalidMessage), with and without maxBytes", (_, input) => {
    for (const options of [undefined, { maxBytes: 1 }, { maxBytes: 1 << 20 }]) {
      const e = protoError(() => proto.parseNodeConfig(input as never, options));
      expect(e.kind).toBe("InvalidMessage");
    }
  });

  it.each([
    ["Uint16Array", Uint16Array],
    ["Int8Array", Int8Array],
    ["Uint8ClampedArray", Uint8ClampedArray],
    ["Float64Array", Float64Array],
    ["BigUint64Array", BigUint64Array],
  ])("a %s (its elements are not bytes) is refused, not read element by element or measured in elements", (name, Ctor) => {
    const typed = new (Ctor as new (n: number) => ArrayBufferView)(64);
    const e = protoError(() => proto.parseNodeConfig(typed as never));
    expect(e.detail).toContain(name);
  });

  it("an ArrayBuffer, a DataView (a window of its buffer), a Buffer and a Uint8Array read as the same value as the text", () => {
    const expected = proto.parseNodeConfig(json);
    const framed = new TextEncoder().encode(`xx${json}yy`);
    const inputs = [bytes(), Buffer.from(json), bytes().buffer, new DataView(framed.buffer, 2, framed.length - 4), framed.subarray(2, -2)];
    for (const input of inputs) expect(proto.parseNodeConfig(input as never)).toEqual(expected);
    expect(fixture.parseReading(new TextEncoder().encode(JSON.stringify(reading())).buffer as never)).toEqual(reading());
  });

  it("maxBytes holds for every input: exactly maxBytes is read, one byte more is refused naming the limit", () => {
    const n = bytes().length;
    const framed = new TextEncoder().encode(`xx${json}yy`);
    const forms: [string, unknown][] = [
      ["string", json],
      ["Uint8Array", bytes()],
      ["Buffer", Buffer.from(json)],
      ["ArrayBuffer", bytes().buffer],
      ["DataView", new DataView(framed.buffer, 2, n)],
      ["Uint8Array window", framed.subarray(2, 2 + n)],
    ];
    for (const [name, input] of forms) {
      expect(proto.parseNodeConfig(input as never, { maxBytes: n }), name).toMatchObject({ log_level: "debug" });
      const e = protoError(() => proto.parseNodeConfig(input as never, { maxBytes: n - 1 }));
      expect(e.detail, name).toMatch(new RegExp(`${n} (bytes|UTF-16 units), over the limit of ${n - 1} \\(maxBytes\\)`));
    }
  });

  it("a Uint8Array whose length, byteLength or subclass lies is measured by its real bytes", () => {
    const lying = bytes();
    Object.defineProperty(lying, "length", { value: 0 });
    Object.defineProperty(lying, "byteLength", { value: 0 });
    expect(protoError(() => proto.parseNodeConfig(lying, { maxBytes: 10 })).detail).toMatch(/maxBytes/);
    class Short extends Uint8Array {
      override get length(): number {
        return 0;
      }
    }
    const short = new Short(bytes());
    expect(protoError(() => proto.parseNodeConfig(short, { maxBytes: 10 })).detail).toMatch(/maxBytes/);
    expect(proto.parseNodeConfig(short)).toMatchObject({ log_level: "debug" });
  });

  it("a detached ArrayBuffer holds no bytes: a ProtoError, not a TypeError", () => {
    const buffer = bytes().buffer;
    structuredClone(buffer, { transfer: [buffer] });
    expect(protoError(() => proto.parseNodeConfig(buffer as never)).kind).toBe("InvalidMessage");
    expect(protoError(() => proto.parseNodeConfig(new DataView(new ArrayBuffer(0)) as never)).kind).toBe("InvalidMessage");
  });

  it("options that throw when read are a RangeError (a bad option), not the getter's own error", () => {
    const options = {
      get maxBytes(): number {
        throw new Error("the getter throws");
      },
    };
    expect(() => proto.parseNodeConfig(json, options)).toThrow(RangeError);
    expect(() => proto.parseNodeConfig(json, trapsThrow({}))).toThrow(RangeError);
    expect(() => proto.parseNodeConfig(json, { maxBytes: 10n as never })).toThrow(RangeError);
  });

  it("decodeBincodeX reads a Uint8Array, an ArrayBuffer or a DataView, and refuses anything else with a ProtoError", () => {
    const encoded = proto.encodeBincodeNodeConfig({
      heartbeat_interval_secs: 5,
      metrics_interval_secs: null,
      max_concurrent_workloads: null,
      log_level: "debug",
    });
    const value = proto.decodeBincodeNodeConfig(encoded);
    const framed = new Uint8Array(encoded.length + 4);
    framed.set(encoded, 2);
    expect(proto.decodeBincodeNodeConfig(encoded.slice().buffer as never)).toEqual(value);
    expect(proto.decodeBincodeNodeConfig(new DataView(framed.buffer, 2, encoded.length) as never)).toEqual(value);
    for (const input of [null, undefined, 5, "text", [1, 2], new Uint16Array(8), trapsThrow({}), revokedProxy()]) {
      expect(protoError(() => proto.decodeBincodeNodeConfig(input as never)).kind).toBe("InvalidMessage");
    }
  });
});

describe("serializers, validators and bincode encoders refuse hostile values with a ProtoError or an issue", () => {
  it("a BigInt where an integer belongs: a SerializationError at its pointer, and an issue there", () => {
    const config = { heartbeat_interval_secs: 5n, metrics_interval_secs: null, max_concurrent_workloads: null, log_level: null };
    for (const f of [() => proto.serializeNodeConfig(config as never), () => proto.encodeBincodeNodeConfig(config as never)]) {
      expect(protoError(f)).toMatchObject({ kind: "SerializationError", pointer: "/heartbeat_interval_secs" });
    }
    expect(issues(() => proto.validateNodeConfig(config))[0]).toMatchObject({ pointer: "/heartbeat_interval_secs", message: expect.stringMatching(/BigInt/) });
    // Where a string belongs, JSON.stringify(1n) used to throw a TypeError while describing it.
    expect(issues(() => proto.validateNodeConfig({ log_level: 1n }))[0]!.pointer).toBe("/log_level");
    expect(protoError(() => proto.serializeNodeId(1n as never)).kind).toBe("SerializationError");
  });

  it("a throwing getter: a SerializationError at the getter's pointer, not the getter's error", () => {
    const message = heartbeat();
    throwingGetter(message.Heartbeat, "timestamp");
    const e = protoError(() => proto.serializeNodeMessage(message as never));
    expect(e).toMatchObject({ kind: "SerializationError", pointer: "/Heartbeat/timestamp" });
    expect(issues(() => proto.validateNodeMessage(message))[0]!.pointer).toBe("/Heartbeat/timestamp");
    expect(protoError(() => proto.encodeBincodeNodeMessage(message as never)).pointer).toBe("/Heartbeat/timestamp");
  });

  it("a Proxy whose every trap throws, as the whole value or a field's: a ProtoError and an issue", () => {
    const nested = { Heartbeat: trapsThrow(heartbeat().Heartbeat) };
    for (const value of [trapsThrow(heartbeat()), nested, revokedProxy()]) {
      expect(protoError(() => proto.serializeNodeMessage(value as never)).kind).toBe("SerializationError");
      expect(protoError(() => proto.encodeBincodeNodeMessage(value as never)).kind).toBe("SerializationError");
      issues(() => proto.validateNodeMessage(value));
    }
    expect(protoError(() => proto.serializeNodeMessage(nested as never)).pointer).toBe("/Heartbeat");
  });

  it("a Map or a Date where a struct belongs (every field optional) is refused, not written as {}", () => {
    for (const value of [new Map([["log_level", "debug"]]), new Date(0), new Point()]) {
      expect(protoError(() => proto.serializeNodeConfig(value as never)).kind).toBe("SerializationError");
      expect(protoError(() => proto.encodeBincodeNodeConfig(value as never)).kind).toBe("SerializationError");
      expect(issues(() => proto.validateNodeConfig(value))[0]!.message).toMatch(/plain object/);
    }
  });

  it("a Map where a map belongs is refused, not written as {}", () => {
    const value = reading(new Map([["zone", "a"]]));
    expect(protoError(() => fixture.serializeReading(value as never))).toMatchObject({ kind: "SerializationError", pointer: "/labels" });
    expect(protoError(() => fixture.encodeBincodeReading(value as never)).pointer).toBe("/labels");
    expect(issues(() => fixture.validateReading(value))[0]).toMatchObject({ pointer: "/labels", message: expect.stringMatching(/got a Map/) });
  });

  it("a Date where a timestamp belongs: a ProtoError and an issue naming a Date", () => {
    const message = { Heartbeat: { ...heartbeat().Heartbeat, timestamp: new Date(0) } };
    expect(protoError(() => proto.serializeNodeMessage(message as never)).pointer).toBe("/Heartbeat/timestamp");
    expect(issues(() => proto.validateNodeMessage(message))[0]!.message).toMatch(/a Date/);
    expect(issues(() => proto.validateTimestamp(new Date(0)))[0]!.message).toMatch(/a Date/);
  });

  it("values a message cannot describe with String() or JSON.stringify: a ProtoError, not a TypeError", () => {
    const bad = [Object.create(null), { toJSON: () => thrower("toJSON") }, { toString: () => thrower("toString") }, nestedArrays(100_000), cyclicArray()];
    for (const v of bad) {
      const config = { heartbeat_interval_secs: v, metrics_interval_secs: null, max_concurrent_workloads: null, log_level: null };
      expect(protoError(() => proto.serializeNodeConfig(config as never)).pointer).toBe("/heartbeat_interval_secs");
      expect(protoError(() => proto.encodeBincodeNodeConfig(config as never)).pointer).toBe("/heartbeat_interval_secs");
      expect(issues(() => proto.validateNodeConfig({ log_level: v }))[0]!.pointer).toBe("/log_level");
    }
  });

  it("an untagged enum's match answers a throwing getter or Proxy with a ProtoError; a handler's own throw passes through", () => {
    const api = fixture as unknown as { Value: { match: (v: unknown, cases: Record<string, () => unknown>) => unknown } };
    const handlers = Object.fromEntries(["Nothing", "Flag", "Number", "Text", "List", "Point", "Dict"].map((n) => [n, () => n]));
    const getter = Object.defineProperty({}, "x", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
        get: () => {
          throw new Error("trap");
        },
      },
    );
    for (const value of [getter, proxy]) expect(protoError(() => api.Value.match(value, handlers)).kind).toBe("ValidationError");
    expect(api.Value.match(true, handlers)).toBe("Flag");
    expect(() =>
      api.Value.match(true, {
        ...handlers,
        Flag: () => {
          throw new RangeError("mine");
        },
      }),
    ).toThrow(RangeError);
  });

  describe("recursive types (the fixture's untagged Value): cycles and depth", () => {
    it("a cycle is refused with its pointer, by serialize and validate alike", () => {
      const list = cyclicArray();
      expect(protoError(() => fixture.serializeValue(list as never))).toMatchObject({ pointer: "/0", detail: expect.stringMatching(/cycle/) });
      expect(issues(() => fixture.validateValue(list))[0]).toMatchObject({ pointer: "/0", message: expect.stringMatching(/cycle/) });
      const dict = cyclicObject();
      const frame = frameWith(dict);
      expect(protoError(() => fixture.serializeFrame(frame as never)).pointer).toBe("/value/a/b");
      expect(issues(() => fixture.validateFrame(frame))[0]!.pointer).toBe("/value/a/b");
    });

    it.each([
      ["arrays", nestedArrays(100_000)],
      ["objects", nestedObjects(100_000)],
    ])("100,000 nested %s: a ProtoError and an issue, no stack overflow", (_, deep) => {
      expect(protoError(() => fixture.serializeValue(deep as never)).detail).toMatch(/deeper than serde_json reads/);
      expect(issues(() => fixture.validateValue(deep))[0]!.message).toMatch(/deeper than serde_json reads/);
      const frame = frameWith(deep);
      expect(protoError(() => fixture.serializeFrame(frame as never)).pointer).toMatch(/^\/value\//);
      issues(() => fixture.validateFrame(frame));
    });

    it("127 levels are written and read back (serde_json reads them); 128 are refused by serialize, validate and parse alike", () => {
      const ok = nestedArrays(126, [1.5]);
      expect(fixture.validateValue(ok)).toEqual([]);
      expect(fixture.parseValue(fixture.serializeValue(ok as never))).toEqual(ok);
      const over = nestedArrays(127, [1.5]);
      protoError(() => fixture.serializeValue(over as never));
      issues(() => fixture.validateValue(over));
      protoError(() => fixture.parseValue(JSON.stringify(over)));
    });
  });

  describe("every type of both packages, a hostile value at every place of a valid value", () => {
    /** Each type's longest valid vector, parsed: a value with as many places as the vectors offer. */
    function bases(dir: string, api: Api): [string, unknown][] {
      const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { valid: { type: string; file: string; typescriptGap?: string }[] };
      const longest = new Map<string, string>();
      for (const v of index.valid.filter((v) => v.typescriptGap === undefined)) {
        const text = readFileSync(join(dir, v.file), "utf8");
        if (text.length > (longest.get(v.type)?.length ?? -1) && text.length < 4000) longest.set(v.type, text);
      }
      return [...longest].map(([type, text]) => [type, api[`parse${type}`]!(text)]);
    }
    /** Every place in a value (JSON pointer segments), the root first. */
    function places(v: unknown, at: (string | number)[] = []): (string | number)[][] {
      const out = [at];
      if (Array.isArray(v)) v.forEach((x, i) => out.push(...places(x, [...at, i])));
      else if (typeof v === "object" && v !== null) for (const k of Object.keys(v)) out.push(...places((v as Record<string, unknown>)[k], [...at, k]));
      return out;
    }
    /** A copy of `root` with `f` applied to the parent of `path` (or the root replaced, for the empty path). */
    function withAt(root: unknown, path: (string | number)[], f: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
      const holder = { root: structuredClone(root) } as Record<string | number, unknown>;
      let parent = holder;
      let key: string | number = "root";
      for (const seg of path) {
        parent = parent[key] as Record<string | number, unknown>;
        key = seg;
      }
      f(parent, key);
      return holder["root"];
    }

    const packages: [string, string, Api][] = [
      ["claw-proto", join(ROOT, "schema/vectors"), PROTO],
      ["representations fixture", join(ROOT, "tests/fixtures/representations/vectors"), FIXTURE],
    ];
    const cases = packages.flatMap(([pkg, dir, api]) => bases(dir, api).map(([type, base]) => [`${pkg}: ${type}`, api, type, base] as const));

    it.each(cases)("%s", (_, api, type, base) => {
      const serialize = api[`serialize${type}`]!;
      const validate = api[`validate${type}`]!;
      const encode = api[`encodeBincode${type}`];
      const refused = (value: unknown, what: string, mayBeWritten = false) => {
        try {
          issues(() => validate(value));
          if (mayBeWritten) {
            // Written from the declared fields, or refused: nothing but a ProtoError is thrown.
            noOtherException(() => serialize(value));
            if (encode) noOtherException(() => encode(value));
          } else {
            expect(protoError(() => serialize(value)).kind).toBe("SerializationError");
            if (encode) expect(protoError(() => encode(value)).kind).toBe("SerializationError");
          }
        } catch (e) {
          throw new Error(`${what}: ${(e as Error).message}`, { cause: e });
        }
      };
      for (const path of places(base).slice(0, 60)) {
        const where = `at /${path.join("/")}`;
        for (const [name, make] of NOT_DATA)
          refused(
            withAt(base, path, (p, k) => (p[k] = make())),
            `${name} ${where}`,
          );
        for (const [name, make] of PLAIN_NOT_DATA)
          refused(
            withAt(base, path, (p, k) => (p[k] = make())),
            `${name} ${where}`,
            true,
          );
        if (path.length > 0)
          refused(
            withAt(base, path, (p, k) => throwingGetter(p, k)),
            `a throwing getter ${where}`,
          );
        const inner = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], base);
        if (typeof inner === "object" && inner !== null) {
          refused(
            withAt(base, path, (p, k) => (p[k] = trapsThrow(p[k] as object))),
            `a Proxy whose every trap throws, around the value ${where}`,
          );
        }
      }
    });
  });
});

describe("error messages quote a bounded prefix of what they complain about", () => {
  const huge = "A".repeat(100_000);
  const TOO_LONG = "A".repeat(65);
  const bounded = (message: string) => {
    expect(message.length, message.slice(0, 200)).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(message).not.toContain(TOO_LONG);
  };

  it("parse: a huge unknown variant, a huge string where a UUID or a timestamp belongs, a huge integer token", () => {
    bounded(protoError(() => proto.parseNodeMessage(`{"${huge}":null}`)).message);
    bounded(protoError(() => proto.parseNodeMessage(`"${huge}"`)).message);
    bounded(protoError(() => proto.parseWorkloadState(`"${huge}"`)).message);
    bounded(protoError(() => proto.parseNodeId(`"${huge}"`)).message);
    bounded(protoError(() => proto.parseTimestamp(`"${huge}"`)).message);
    const digits = protoError(() => proto.parseNodeConfig(`{"heartbeat_interval_secs":${"9".repeat(100_000)}}`)).message;
    bounded(digits);
    expect(digits).not.toMatch(/9{65}/);
    bounded(protoError(() => fixture.parseSignal(`{"op":"${huge}","arg":1}`)).message);
  });

  it("parse: an error under a huge map key keeps its exact pointer, and the message quotes a prefix of it", () => {
    const e = protoError(() => fixture.parseReading(`{"sensorId":"s","value":1,"ratio":1,"labels":{"${huge}":5}}`));
    expect(e.pointer).toBe(`/labels/${huge}`);
    bounded(e.message);
  });

  it("serialize and validate: a huge variant name, a huge unknown field, a huge string where a number belongs, a huge image", () => {
    bounded(protoError(() => proto.serializeWorkloadState(huge as never)).message);
    bounded(issues(() => proto.validateWorkloadState(huge))[0]!.message);
    bounded(protoError(() => proto.serializeNodeMessage({ [huge]: {} } as never)).message);
    bounded(issues(() => proto.validateNodeMessage({ [huge]: {} }))[0]!.message);
    const extra = { log_level: null, [huge]: 1 };
    const issue = issues(() => proto.validateNodeConfig(extra))[0]!;
    bounded(issue.message);
    expect(issue.pointer).toBe(`/${huge}`);
    bounded(protoError(() => proto.serializeNodeConfig({ heartbeat_interval_secs: huge } as never)).message);
    bounded(issues(() => proto.validateNodeConfig({ heartbeat_interval_secs: huge }))[0]!.message);
    bounded(protoError(() => proto.serializeNodeId(huge as never)).message);
    bounded(protoError(() => proto.encodeBincodeNodeId(huge as never)).message);
    const spec = proto.WorkloadSpec.create({ image: huge.toLowerCase() + "!" });
    bounded(issues(() => proto.validateWorkloadSpec(spec))[0]!.message);
    bounded(protoError(() => fixture.serializeShape({ kind: huge } as never)).message);
    bounded(protoError(() => fixture.serializeCommand({ t: huge } as never)).message);
  });
});

describe("maps are null-prototype objects; __proto__ is an ordinary key", () => {
  const text = '{"sensorId":"s","value":1.5,"ratio":0.25,"labels":{"__proto__":"x","constructor":"y","zone":"a"},"lastSeen":null}';

  it("a parsed map holds its keys and nothing else", () => {
    const { labels } = fixture.parseReading(JSON.stringify(reading())) as { labels: Record<string, string> };
    expect(Object.getPrototypeOf(labels)).toBe(null);
    expect("constructor" in labels).toBe(false);
    expect("toString" in labels).toBe(false);
    expect("hasOwnProperty" in labels).toBe(false);
    expect(Object.keys(labels)).toEqual(["zone"]);
    const value = fixture.parseValue('{"a":{"b":1}}') as Record<string, Record<string, number>>;
    expect([Object.getPrototypeOf(value), Object.getPrototypeOf(value["a"])]).toEqual([null, null]);
    const decoded = fixture.decodeBincodeReading(fixture.encodeBincodeReading(reading() as never)) as { labels: object };
    expect(Object.getPrototypeOf(decoded.labels)).toBe(null);
  });

  it("__proto__ and constructor round-trip as ordinary keys, byte for byte, through JSON and bincode", () => {
    const value = fixture.parseReading(text) as { labels: Record<string, string> };
    expect(Object.keys(value.labels)).toEqual(["__proto__", "constructor", "zone"]);
    expect(value.labels["__proto__"]).toBe("x");
    expect(fixture.serializeReading(value)).toBe(text);
    expect(fixture.validateReading(value)).toEqual([]);
    const decoded = fixture.decodeBincodeReading(fixture.encodeBincodeReading(value)) as { labels: Record<string, string> };
    expect(Object.keys(decoded.labels)).toEqual(["__proto__", "constructor", "zone"]);
    expect(fixture.serializeReading(decoded)).toBe(text);
  });

  it("parsing {'__proto__': …} pollutes nothing: not Object.prototype, not a struct's prototype", () => {
    const polluting = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
    const dict = fixture.parseValue(polluting) as Record<string, unknown>;
    expect(Object.keys(dict)).toEqual(["__proto__", "constructor"]);
    expect(fixture.serializeValue(dict)).toBe(polluting);
    const config = proto.parseNodeConfig('{"__proto__":{"log_level":"polluted"},"log_level":"a"}');
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(Object.keys(config)).toEqual(["heartbeat_interval_secs", "metrics_interval_secs", "max_concurrent_workloads", "log_level"]);
    const r = fixture.parseReading(`{"__proto__":{"polluted":"yes"},${text.slice(1)}`);
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("maps a companion fills in by default are null-prototype objects too", () => {
    expect(Object.getPrototypeOf(fixture.Reading.default().labels)).toBe(null);
    expect(Object.getPrototypeOf(frameWith(null).weights)).toBe(null);
  });
});
