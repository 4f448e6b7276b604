// The Rust programs that judge the fixtures (tests/fixtures/representations, tests/fixtures/telemetry),
// shared by their test files: one cargo target folder each, built once per test file (a rebuild is a no-op).
import { join } from "node:path";
import { cargoProgram } from "./cargo.js";
import { ROOT } from "./paths.js";

const ALL_PACKAGES = "librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-chrono-dev librust-uuid-dev librust-bincode-dev";

/**
 * tests/serde-referee: each fixture's types written by hand (src/representations.rs, src/telemetry.rs),
 * judging its vectors with serde alone, independent of the generator.
 */
export const serdeReferee = cargoProgram(
  join(ROOT, "tests/serde-referee"),
  "referee",
  // What its Cargo.lock pins; .ci/run installs them when missing.
  ["serde-1.0.152", "serde_derive-1.0.152", "serde_json-1.0.87", "chrono-0.4.23", "uuid-1.2.1", "bincode-1.3.3", "getrandom-0.2.8"],
  ALL_PACKAGES,
);

/**
 * tests/fixture-conformance: both fixtures' generated crates (`--fixture representations|telemetry`),
 * judging vectors and exchanging fresh values with the TypeScript packages.
 */
export const fixtureRunner = cargoProgram(
  join(ROOT, "tests/fixture-conformance"),
  "fixture-conformance",
  ["serde-1.0.152", "serde_derive-1.0.152", "serde_json-1.0.87", "chrono-0.4.23", "uuid-1.2.1", "bincode-1.3.3", "getrandom-0.2.8"],
  ALL_PACKAGES,
);
