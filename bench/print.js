// Turns bench results (as recorded in results.json) into the printed report: markdown tables, so
// the same text reads in a terminal and pastes into the README.
import { bytes, markdownTable, ms, ratio, spread } from "./lib/report.js";

const mbps = (byteCount, millis) => (byteCount / 1024 / 1024 / (millis / 1000)).toFixed(0);
const count = (n) => n.toLocaleString("en-US");
/** "met" / "missed" beside a goal: the bench reports, it never fails. */
const verdict = (ok) => (ok ? "met" : "missed");

function ratioGoal(value, goal) {
  return goal === undefined ? "" : `≥ ${goal.toFixed(2)}× (${verdict(value >= goal)})`;
}

export function printHeader(r) {
  const m = r.machine;
  return [
    `# claw-codegen benchmarks (${r.date})`,
    "",
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${bytes(m.memory)} RAM, node ${m.node}, ${m.platform}; load average ${m.loadAtStart.toFixed(2)} at start, ${m.loadAtEnd.toFixed(2)} at the end.`,
    `Timing: ${r.options.rounds} rounds after ${r.options.warmup} warm-up rounds; in each round every contestant runs the whole pass, interleaved with the others chunk by chunk (${r.options.chunks} chunks, rotating order), in one process. Figures are ms per pass (median, min–max over rounds); "×" is the median of per-round ratios to the section's baseline (above 1 = faster / smaller).`,
  ].join("\n");
}

export function printParse(s, goals) {
  const node = s.byType.NodeMessage;
  const gateway = s.byType.GatewayMessage;
  const head = `## 1. parse + validate: ${count(s.messages)} valid messages (${count(node)} NodeMessage, ${count(gateway)} GatewayMessage), ${bytes(s.bytes)}`;
  // One table per input form; the second row (ours) carries the goal.
  const parseTable = (title, baseline, results) =>
    markdownTable(
      [title, "median ms", "min–max ms", "MiB/s", `× ${baseline}`, "goal"],
      results.map((c, i) => [
        c.name,
        ms(c.ms.median),
        spread(c.ms),
        mbps(s.bytes, c.ms.median),
        ratio(c.ratio.median),
        i === 1 ? ratioGoal(c.ratio.median, goals.parse) : "",
      ]),
    );
  const table = parseTable("per pass over the corpus", "JSON.parse", s.results);
  const kindNames = s.results.slice(1).map((c) => shortName(c.name));
  const kinds = markdownTable(
    ["by message kind (× JSON.parse)", "messages", "size", ...kindNames],
    s.byKind.map((k) => [k.label, count(k.messages), bytes(k.bytes), ...k.results.slice(1).map((c) => ratio(c.ratio.median))]),
  );
  const fromBytes = parseTable("from bytes (a Buffer per message)", "JSON.parse(buf.toString())", s.fromBytes);
  return [head, "", table, "", fromBytes, "", kinds].join("\n");
}

export function printReject(s) {
  const head = `## 2. rejecting: ${count(s.messages)} invalid messages (well-formed JSON), each pass runs them ${s.repeat} times; time to the first error`;
  const perMessage = (c) => ((c.ms.median * 1000) / (s.messages * s.repeat)).toFixed(2);
  const table = markdownTable(
    ["per pass", "median ms", "min–max ms", "µs per message", "× JSON.parse"],
    s.results.map((c) => [c.name, ms(c.ms.median), spread(c.ms), perMessage(c), ratio(c.ratio.median)]),
  );
  const validators = s.accepted.slice(1);
  const accepted = markdownTable(
    ["invalid messages accepted (of each kind)", ...validators.map((c) => shortName(c.name))],
    [
      ...s.kinds.map((k) => [`${k} (${count(s.kindCounts[k])})${s.serdeOnly.includes(k) ? " †" : ""}`, ...validators.map((c) => String(c.byKind[k]))]),
      ["total", ...validators.map((c) => String(c.total))],
    ],
  );
  const d = s.deepError;
  const deep = [
    'One deep error (GatewayMessage::DeployWorkload, `volumes[1].read_only` is the string `"yes"`):',
    "",
    "```",
    `claw-proto: ${d.ours}`,
    "",
    `Ajv, first-error mode (${d.ajv.errors} errors):`,
    indent(d.ajv.text),
    "",
    `Ajv, allErrors (${d.ajvAllErrors.errors} errors):`,
    indent(d.ajvAllErrors.text),
    ...(d.typia ? ["", `typia: ${d.typia}`] : []),
    "```",
  ];
  return [
    head,
    "",
    table,
    "",
    accepted,
    "",
    "† caught only by serde's rules: JSON.parse has already lost duplicate keys and `300.0` vs `300`, and the schema gives no u32 range.",
    "",
    ...deep,
  ].join("\n");
}

export function printSerialize(s, goals) {
  const head = `## 3. serialize: the ${count(s.messages)} parsed messages (${bytes(s.bytes)} of JSON)`;
  const exact = Object.fromEntries(s.exactness.map((e) => [e.name, e]));
  const rows = s.results.map((c, i) => {
    const e = exact[c.name];
    return [
      c.name,
      ms(c.ms.median),
      spread(c.ms),
      mbps(s.bytes, c.ms.median),
      ratio(c.ratio.median),
      i === 1 ? ratioGoal(c.ratio.median, goals.serialize) : "",
      count(e.parsed.count),
      count(e.appBuilt.count),
    ];
  });
  const table = markdownTable(
    ["per pass over the values", "median ms", "min–max ms", "MiB/s", "× JSON.stringify", "goal", "≠ serde, parsed values", "≠ serde, app-built values"],
    rows,
  );
  const examples = s.exactness
    .filter((e) => e.appBuilt.example)
    .map((e) => `- ${shortName(e.name)}: serde \`…${e.appBuilt.example.serde}…\`, got \`…${e.appBuilt.example.got}…\``);
  return [
    head,
    "",
    table,
    "",
    `"≠ serde": outputs not byte-identical to serde_json's text, of ${count(s.messages)}. App-built values: the same values with each object's keys in reverse order, as application code may write them (the types allow any order; serde writes declaration order).`,
    ...(examples.length ? ["", "First difference, app-built values:", "", ...examples] : []),
  ].join("\n");
}

export function printBincode(s) {
  const head = "## 4. bincode";
  if (s.skipped) return `${head}\n\nSkipped: ${s.skipped}.`;
  const rows = [...s.decode, ...s.encode].map((c) => [c.name, ms(c.ms.median), spread(c.ms), ratio(c.ratio.median)]);
  return [
    head,
    "",
    markdownTable(["per pass over the corpus", "median ms", "min–max ms", "× JSON path"], rows),
    "",
    `Size: bincode ${bytes(s.bincodeBytes)}, JSON ${bytes(s.jsonBytes)} (UTF-8). decode(encode(v)) ≠ v for ${count(s.roundTripMismatches)} of the messages.`,
  ].join("\n");
}

export function printCli(s) {
  const head = "## 5. the CLI, cold (a fresh node process per run; wall time, peak RSS)";
  // The first row is `node -e 0`: each command's median is also shown as a multiple of that start-up floor.
  const floor = s.rows[0] && !s.rows[0].failed ? s.rows[0].ms.median : undefined;
  const startups = (r) => (floor && !r.failed ? r.ms.median / floor : undefined);
  const goal = (r) =>
    r.goalStartups
      ? `≤ ${r.goalStartups}× node -e 0${startups(r) === undefined ? "" : ` (${verdict(startups(r) <= r.goalStartups)})`}`
      : r.goal
        ? `< ${ms(r.goal)} ms${r.failed ? "" : ` (${verdict(r.ms.median < r.goal)})`}`
        : "";
  const rows = s.rows.map((r) =>
    r.failed
      ? [r.label, "failed †", "", "", "", "", goal(r)]
      : [
          r.label,
          ms(r.ms.median),
          spread(r.ms),
          startups(r) === undefined ? "" : ratio(startups(r)),
          String(r.runs),
          r.peakRss ? bytes(r.peakRss) : "n/a",
          goal(r),
        ],
  );
  const failures = s.rows.filter((r) => r.failed).map((r) => `† \`${r.command}\` failed, not timed: ${r.failed}`);
  const table = markdownTable(["command", "median ms", "min–max ms", "× node -e 0", "runs", "peak RSS", "goal"], rows);
  return [head, "", table, ...failures.map((f) => `\n${f}`), ...s.notes.map((n) => `\nNote: ${n}.`)].join("\n");
}

export function printSize(s) {
  const head = "## 6. package size (esbuild bundle, tree-shaken; minified; minified + gzip -9)";
  const rows = s.rows.flatMap((r) => {
    const line = (who, x) => [`${r.label}: ${who}`, x.exports.join(", "), bytes(x.bundle), bytes(x.minified), bytes(x.gzip), ratio(x.gzip / r.ajv.gzip)];
    const ours = line("claw-proto", r.ours);
    ours.push(r.goalGzip ? `< ${bytes(r.goalGzip)} gzip (${verdict(r.ours.gzip < r.goalGzip)})` : "");
    return [ours, [...line("Ajv standalone", r.ajv), ""], ...(r.typia ? [[...line("typia", r.typia), ""]] : [])];
  });
  return [
    head,
    "",
    markdownTable(["entry", "exports", "bundle", "minified", "gzip", "gzip × Ajv standalone", "goal"], rows, ["l", "l", "r", "r", "r", "r", "r"]),
    "",
    "Ajv standalone validates only (no parse, no serde rules, no serializer); typia checks and stringifies without serde's rules.",
  ].join("\n");
}

function shortName(name) {
  if (name.startsWith("claw-proto")) return "claw-proto";
  return name.replace(/ \(.*\)$/, "").replace(/^JSON\.parse \+ /, "");
}

function indent(text) {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
