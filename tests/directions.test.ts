// x-messages directions name any two peers: the grammar, and what the model builder accepts and refuses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSchema } from "../src/check/checkSchema.js";
import { InputError } from "../src/diagnostics.js";
import { buildModel } from "../src/model/buildModel.js";
import { peersOf, readings } from "../src/model/direction.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { ROOT } from "./helpers/paths.js";

/** tests/fixtures/peers/old.json: a protocol between a sensor and a collector. */
const oldText = readFileSync(join(ROOT, "tests/fixtures/peers/old.json"), "utf8");
const oneWay = (text: string) => text.replace(',\n    "CollectorMessage": "collector-to-sensor"', "");

describe("x-messages directions: <peer>-to-<peer>", () => {
  it("reads a direction at its one '-to-' between two lowercase kebab-case peers", () => {
    expect(readings("sensor-to-collector")).toEqual([{ from: "sensor", to: "collector" }]);
    expect(readings("node-to-gateway")).toEqual([{ from: "node", to: "gateway" }]);
    expect(readings("edge-router-to-hub2")).toEqual([{ from: "edge-router", to: "hub2" }]);
    // A peer may hold the word "to" when the split stays unique.
    expect(readings("to-do-to-done")).toEqual([{ from: "to-do", to: "done" }]);
    // Well-formed but refused by the model builder: a peer talking to itself.
    expect(readings("node-to-node")).toEqual([{ from: "node", to: "node" }]);
  });

  it("gives every reading of an ambiguous direction, and none for what does not fit the grammar", () => {
    expect(readings("a-to-b-to-c")).toEqual([
      { from: "a", to: "b-to-c" },
      { from: "a-to-b", to: "c" },
    ]);
    for (const bad of [
      "both-ways",
      "Node-to-Gateway",
      "node_to_gateway",
      "node-to-",
      "-to-gateway",
      "node--to-gateway",
      "1st-to-2nd",
      "node-to-gateway ",
      "node→gateway",
      "",
    ]) {
      expect(readings(bad), bad).toEqual([]);
    }
  });

  it("derives the peers from the directions, in the order x-messages first names them, writer first", () => {
    expect(
      peersOf([
        { name: "NodeMessage", direction: "node-to-gateway" },
        { name: "GatewayMessage", direction: "gateway-to-node" },
      ]),
    ).toEqual(["node", "gateway"]);
    expect(
      peersOf([
        { name: "CollectorMessage", direction: "collector-to-sensor" },
        { name: "SensorMessage", direction: "sensor-to-collector" },
      ]),
    ).toEqual(["collector", "sensor"]);
    expect(peersOf([])).toEqual([]);
  });

  it("models a schema with its own peers, one way only if it likes, keeping the direction strings as written", () => {
    const model = (text: string) => buildModel(checkSchema(loadSchemaText("peers.json", text)));
    expect(model(oldText).messages).toEqual([
      { name: "SensorMessage", direction: "sensor-to-collector" },
      { name: "CollectorMessage", direction: "collector-to-sensor" },
    ]);
    expect(model(oneWay(oldText)).messages).toEqual([{ name: "SensorMessage", direction: "sensor-to-collector" }]);
    const refused = (text: string) => {
      try {
        model(text);
      } catch (e) {
        if (e instanceof InputError) return e.diagnostics.map((d) => `${d.code} ${d.pointer} ${d.line}:${d.column}`);
        throw e;
      }
      return [];
    };
    expect(refused(oldText.replace('"collector-to-sensor"', '"collector-to-sensor-to-hub"'))).toEqual([
      "ambiguous-direction /x-messages/CollectorMessage 8:25",
    ]);
    expect(refused(oldText.replace('"collector-to-sensor"', '"sensor-to-sensor"'))).toEqual(["direction-to-itself /x-messages/CollectorMessage 8:25"]);
    expect(refused(oldText.replace('"collector-to-sensor"', '"hub-to-sensor"'))).toEqual(["too-many-peers /x-messages/CollectorMessage 8:25"]);
    expect(refused(oldText.replace('"collector-to-sensor"', '"Collector-to-Sensor"'))).toEqual(["messages /x-messages/CollectorMessage 8:25"]);
  });
});
