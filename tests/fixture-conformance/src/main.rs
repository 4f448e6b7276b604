//! The Rust side of the representations fixture's conformance (tests/fixtures/representations):
//! judges its vectors with real serde, writes fresh vectors for its TypeScript package to read, and
//! judges the JSON texts the TypeScript package wrote. See README.md.

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

const USAGE: &str =
    "usage: fixture-conformance vectors <dir> | write <file> [<count per type>] | judge <file> | verdicts <in> <out> | bincode [<count per type>] | types";
const DEFAULT_COUNT: usize = 32;

fn count(arg: Option<&&str>) -> Result<usize, String> {
    arg.map_or(Ok(DEFAULT_COUNT), |c| c.parse().map_err(|_| format!("not a count: {c}")))
}

fn run(args: &[&str]) -> Result<report::Report, String> {
    match args {
        ["vectors", dir] => vectors::run(Path::new(dir), &registry::Types),
        ["write", file, rest @ ..] if rest.len() <= 1 => exchange::write(Path::new(file), count(rest.first())?),
        ["judge", file] => exchange::judge(Path::new(file)),
        ["verdicts", input, output] => exchange::verdicts(Path::new(input), Path::new(output)),
        ["bincode", rest @ ..] if rest.len() <= 1 => Ok(exchange::bincode(count(rest.first())?)),
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
    report::finish("fixture-conformance", args.first().copied(), &["types"], run(&args))
}
