// The generated package's errors for misuse of its API: `match` on a value that is no variant throws a ProtoError
// naming the tag (not a TypeError), and an error from misuse keeps a stack trace pointing at the caller, while an
// error for bad input on the wire has none (capturing it was half the cost of rejecting a message; bench/ measures it).
import { describe, expect, it } from "vitest";
import * as pkg from "../generated/typescript/dist/esm/index.js";
import * as reps from "./fixtures/representations/generated/typescript/dist/esm/index.js";

/** The error `f` throws; fails the test when it returns. */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("did not throw");
}

const never = (..._: unknown[]): never => {
  throw new Error("a handler ran");
};
const nodeCases = { Register: never, Heartbeat: never, Metrics: never, WorkloadUpdate: never, WorkloadLogs: never };

describe("match on a value that is no variant", () => {
  it.each([
    ["an unknown tag (externally tagged)", { Bogus: {} }, /NodeMessage\.match got unknown variant "Bogus", expected one of `Register`/],
    ["an unknown unit tag", "Bogus", /unknown variant "Bogus"/],
    ["an Object.prototype name", { toString: {} }, /unknown variant "toString"/],
    ["an empty object", {}, /a value without a variant tag \(undefined\)/],
    ["null", null, /a value without a variant tag \(null\)/],
  ])("%s: a ProtoError (ValidationError) naming it", (_, value, message) => {
    const e = thrown(() => pkg.NodeMessage.match(value as never, nodeCases));
    expect(e).toBeInstanceOf(pkg.ProtoError);
    expect((e as InstanceType<typeof pkg.ProtoError>).kind).toBe("ValidationError");
    expect(e.message).toMatch(message);
  });

  it("a handler missing at run time is named", () => {
    const partial: Partial<typeof nodeCases> = { ...nodeCases };
    delete partial.Metrics;
    const e = thrown(() => pkg.NodeMessage.match({ Metrics: {} } as never, partial as never));
    expect(e.message).toMatch(/NodeMessage\.match was given no handler for variant "Metrics"/);
  });

  it("internally and adjacently tagged enums too", () => {
    const shape = thrown(() => reps.Shape.match({ kind: "hexagon" } as never, {} as never));
    expect(shape.message).toMatch(/Shape\.match got unknown variant "hexagon"/);
    const command = thrown(() => reps.Command.match({ t: "JUMP", c: 1 } as never, {} as never));
    expect(command.message).toMatch(/Command\.match got unknown variant "JUMP"/);
  });

  it("a valid value still reaches its handler", () => {
    expect(pkg.NodeMessage.match({ Metrics: { node_id: "x", gpu_metrics: [] } } as never, { ...nodeCases, Metrics: (m) => m.gpu_metrics.length })).toBe(0);
  });
});

describe("stack traces", () => {
  it("a serializer given a bad value: the stack shows the caller", () => {
    const e = thrown(() => pkg.serializeNodeMessage({ Heartbeat: { node_id: 42 } } as never));
    expect(e).toBeInstanceOf(pkg.ProtoError);
    expect(e.stack).toContain("tsErrors.test.ts");
  });

  it("bad input on the wire (text and bincode): no stack frames captured", () => {
    for (const e of [thrown(() => pkg.parseNodeMessage('{"Heartbeat":{"node_id":42}}')), thrown(() => pkg.decodeBincodeNodeMessage(new Uint8Array([9])))]) {
      expect(e).toBeInstanceOf(pkg.ProtoError);
      expect(e.stack).not.toMatch(/\n\s+at /);
    }
  });
});
