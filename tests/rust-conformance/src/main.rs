//! The Rust side of claw-proto's cross-language conformance: runs `schema/vectors` through the
//! generated `claw-proto` crate with real serde, writes fresh vectors for the TypeScript package
//! to read, and checks the ones the TypeScript package wrote. See README.md.

mod exchange;
#[path = "../../conformance-kit/gen.rs"]
mod gen;
mod registry;
#[path = "../../conformance-kit/report.rs"]
mod report;
mod sample;
#[path = "../../conformance-kit/vectors.rs"]
mod vectors;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: conformance vectors <dir> | write <file> [<count per type>] | check <file> | types";
const DEFAULT_COUNT: usize = 32;

fn run(args: &[&str]) -> Result<report::Report, String> {
    match args {
        ["vectors", dir] => vectors::run(Path::new(dir), &registry::Types),
        ["write", file] => exchange::write(Path::new(file), DEFAULT_COUNT),
        ["write", file, count] => exchange::write(Path::new(file), count.parse().map_err(|_| format!("not a count: {count}"))?),
        ["check", file] => exchange::check(Path::new(file)),
        ["types"] => {
            registry::TYPE_NAMES.iter().for_each(|name| println!("{name}"));
            Ok(report::Report::default())
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Exit status: 0 all agree, 1 a disagreement (one `FAIL` line each), 2 usage or I/O error.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    report::finish("conformance", args.first().copied(), &["types"], run(&args))
}
