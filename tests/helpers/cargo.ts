// The Rust programs the tests drive (tests/rust-conformance, tests/fixture-conformance, tests/serde-referee):
// built offline from Debian's packaged crates, and run with their output captured.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./paths.js";

const REGISTRY = "/usr/share/cargo/registry";

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CargoProgram {
  /** cargo build --offline; fails (never skips) when the toolchain or a crate is missing: CI installs them, and a skip would hide a broken port. */
  build(): void;
  run(args: string[]): RunResult;
}

/** `binary` of the crate in `dir`, which needs `crates` (as Cargo.lock pins them) from the Debian `packages`. */
export function cargoProgram(dir: string, binary: string, crates: readonly string[], packages: string): CargoProgram {
  return {
    build() {
      const cargo = spawnSync("cargo", ["--version"], { encoding: "utf8" });
      if (cargo.error || cargo.status !== 0) throw new Error("cargo not found: the Rust tests need a Rust toolchain (cargo, rustc) on PATH");
      const missing = crates.filter((c) => !existsSync(join(REGISTRY, c)));
      if (missing.length > 0) {
        throw new Error(
          `Debian's packaged crates are missing from ${REGISTRY} (${missing.join(", ")}): apt-get install -y --no-install-recommends ${packages}`,
        );
      }
      const build = spawnSync("cargo", ["build", "--offline", "--quiet"], { cwd: dir, encoding: "utf8" });
      if (build.status !== 0) throw new Error(`cargo build --offline in ${relative(ROOT, dir)} failed:\n${build.stderr}`);
    },
    run(args) {
      const r = spawnSync(join(dir, "target/debug", binary), args, { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

/**
 * `cargo check` of a generated crate, offline against Debian's crates (the config tests/rust-conformance
 * uses), sharing one target folder across tests. Returns cargo's status and stderr.
 */
export function cargoCheck(crate: string): RunResult {
  mkdirSync(join(crate, ".cargo"), { recursive: true });
  copyFileSync(join(ROOT, "tests/rust-conformance/.cargo/config.toml"), join(crate, ".cargo/config.toml"));
  // Not part of any parent workspace.
  const manifest = join(crate, "Cargo.toml");
  if (!readFileSync(manifest, "utf8").includes("[workspace]")) appendFileSync(manifest, "\n[workspace]\n");
  const r = spawnSync("cargo", ["check", "--offline", "--quiet", "--all-targets"], {
    cwd: crate,
    encoding: "utf8",
    env: { ...process.env, CARGO_TARGET_DIR: join(ROOT, "tests/rust-conformance/target/generated-crates") },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
