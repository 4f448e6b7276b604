// diff and check speak of the schema's own peers (tests/fixtures/peers: sensors and collectors), never of claw-proto's.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffModels } from "../src/diff/engine.js";
import { FORMATS, formatReport } from "../src/diff/format/index.js";
import type { Format } from "../src/diff/format/index.js";
import { loadSide } from "../src/diff/loadSide.js";
import { plural } from "../src/diff/protocol.js";
import { ROOT, cli, tempDir } from "./helpers/paths.js";

const DIR = join(ROOT, "tests/fixtures/peers");
const OLD = join(DIR, "old.json");
const NEW = join(DIR, "new.json");
const oldText = readFileSync(OLD, "utf8");
const newText = readFileSync(NEW, "utf8");
const TMP = tempDir("claw-peers-");

/** claw-proto's words, which a sensor/collector diff must never say. */
const CLAW_PROTO = /node|gateway|register|clawbernetes/i;

function write(name: string, text: string): string {
  writeFileSync(join(TMP, name), text);
  return join(TMP, name);
}

/** Every format of one diff, with file paths (which may say anything) taken out. */
function render(oldFile: string, newFile: string): Record<Format, string> & { report: ReturnType<typeof diffModels> } {
  const report = diffModels(loadSide(oldFile, ""), loadSide(newFile, ""));
  const out = Object.fromEntries(FORMATS.map((f) => [f, formatReport(report, f).replaceAll(DIR, "<dir>").replaceAll(TMP, "<tmp>")]));
  return { ...(out as Record<Format, string>), report };
}

const bump = (text: string) => text.replace('"x-protocol-version": 1', '"x-protocol-version": 2');
const oneWay = (text: string) => text.replace(',\n    "CollectorMessage": "collector-to-sensor"', "");

describe("claw-codegen diff between sensors and collectors", () => {
  it("says a peer in the plural as English does", () => {
    expect(["node", "gateway", "sensor", "proxy", "bus", "edge-box", "switch", "relay"].map(plural)).toEqual([
      "nodes",
      "gateways",
      "sensors",
      "proxies",
      "buses",
      "edge-boxes",
      "switches",
      "relays",
    ]);
  });

  it("every format speaks of sensors and collectors, and never of nodes, gateways or Register", () => {
    const r = render(OLD, NEW);
    for (const format of FORMATS) expect(r[format], format).not.toMatch(CLAW_PROTO);
    expect(r.text.split("\n")[0]).toMatch(
      /^BREAKING CHANGE WITHOUT A PROTOCOL VERSION CHANGE: 2 changes \(2 wire\) break mixed-version traffic, yet x-protocol-version stays 1\. Sensors and collectors must agree on the major version/,
    );
    expect(r.text).toMatch(/^rollout: deploy collectors first, then sensors$/m);
    expect(r.text).toMatch(/^ {2}MESSAGE_ADDED {2}SensorMessage::Alarm {2}<dir>\/new\.json:\d+ {2}sensor → collector: old collector reading a new sensor$/m);
    expect(r.text).toMatch(/^ {4}collector → sensor {3}new sensor reading an old collector {3}BREAKS: always: an old writer omits it/m);
    expect(r.markdown).toMatch(/^\*\*Rollout:\*\* deploy collectors first, then sensors$/m);
    expect(r.markdown).toMatch(/^ {2}- collector → sensor, new sensor reading an old collector: \*\*breaks\*\*/m);
    expect(r.github).toMatch(
      /^::error file=<dir>\/new\.json,line=\d+,title=FIELD_REQUIRED_ADDED SensorConfig\.threshold_celsius::.* — breaks: collector → sensor: new sensor reading an old collector — rollout: deploy collectors first, then sensors$/m,
    );
    const json = JSON.parse(r.json) as {
      summary: { rollout: string };
      findings: { rule: string; directions: { direction: string; writer: string; reader: string }[] }[];
    };
    expect(json.summary.rollout).toBe("deploy collectors first, then sensors");
    expect(json.findings.find((f) => f.rule === "FIELD_REQUIRED_ADDED")!.directions).toMatchObject([
      { direction: "collector-to-sensor", writer: "collector", reader: "sensor" },
    ]);
    expect(Object.keys(JSON.parse(r.json) as object)).toEqual(["formatVersion", "old", "new", "summary", "findings"]);
  });

  it("a version bump names the message that carries protocol_version (Hello) and the peers' recipe", () => {
    const r = render(OLD, write("bumped.json", bump(newText)));
    for (const format of FORMATS) expect(r[format], format).not.toMatch(CLAW_PROTO);
    expect(r.text.split("\n")[0]).toBe("protocol version 1 → 2: old and new peers refuse each other at Hello.");
    expect(r.markdown).toMatch(/^> protocol version 1 → 2: old and new peers refuse each other at Hello\.$/m);
    const version = r.report.findings.find((f) => f.rule === "PROTOCOL_VERSION_CHANGED")!;
    expect(version.verdicts.oldReaderNewWriter.when).toBe("at Hello: version 1 and version 2 refuse each other");
    expect(version.rollout).toBe(
      "no deploy order is safe: run one collector pool per major version and move sensors over, or upgrade every sensor and collector together",
    );
    expect(r.report.summary.rollout).toMatch(/^no single deploy order is safe/);
  });

  it("a version bump when no message carries protocol_version says so", () => {
    const noCarrier = (text: string) => text.replaceAll('"protocol_version"', '"sequence"');
    const r = render(write("plain-old.json", noCarrier(oldText)), write("plain-bumped.json", bump(noCarrier(newText))));
    for (const format of FORMATS) expect(r[format], format).not.toMatch(CLAW_PROTO);
    expect(r.text.split("\n")[0]).toBe(
      "protocol version 1 → 2: no message carries it (no message variant has a protocol_version field), so old and new sensors and collectors cannot refuse each other: only the changes below say what breaks.",
    );
    expect(r.report.findings.find((f) => f.rule === "PROTOCOL_VERSION_CHANGED")!.verdicts.newReaderOldWriter.when).toMatch(
      /^no message carries protocol_version/,
    );
  });

  it("a protocol with messages one way only: one direction, still both peers in the advice", () => {
    const r = render(write("one-way-old.json", oneWay(oldText)), write("one-way-new.json", oneWay(newText)));
    for (const format of FORMATS) expect(r[format], format).not.toMatch(CLAW_PROTO);
    expect(new Set(r.report.findings.flatMap((f) => f.directions.map((d) => d.direction)))).toEqual(new Set(["sensor-to-collector"]));
    expect(r.report.summary.rollout).toBe("deploy collectors first, then sensors");
    // SensorConfig now travels in no message: its new required field breaks nobody.
    expect(r.report.findings.find((f) => f.rule === "FIELD_REQUIRED_ADDED")).toMatchObject({ directions: [], breaking: false });
  });

  it("the CLI agrees (exit 1), and refuses a pair whose peers differ (exit 2, located)", () => {
    const r = cli(["diff", OLD, NEW]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(formatReport(diffModels(loadSide(OLD, ""), loadSide(NEW, "")), "text"));
    const renamed = write("renamed.json", newText.replaceAll("collector", "hub"));
    const refused = cli(["diff", OLD, renamed]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split("\n")[0]).toMatch(
      /renamed\.json:6:\d+: error: the old schema's x-messages names sensor and collector .*, the new one's sensor and hub: .*\[peers-changed\] at #\/x-messages$/,
    );
  });

  it("check explains the schema's changes since generate without claw-proto's words", () => {
    const out = join(TMP, "out");
    expect(cli(["generate", "--schema", OLD, "--out", out, "--target", "rust"]).status).toBe(0);
    const r = cli(["check", "--schema", NEW, "--out", out, "--target", "rust"]);
    expect(r.status).toBe(1);
    const explanation = r.stderr.slice(r.stderr.indexOf("the schema changed since"));
    expect(explanation).toMatch(
      /^ {2}SensorConfig\.threshold_celsius: field threshold_celsius added, required \(f64\) — breaks old\/new compatibility \[FIELD_REQUIRED_ADDED\]$/m,
    );
    expect(explanation.replaceAll(TMP, "<tmp>").replaceAll(DIR, "<dir>")).not.toMatch(CLAW_PROTO);
  });
});
