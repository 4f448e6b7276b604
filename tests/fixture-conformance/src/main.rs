//! The Rust side of the fixtures' conformance (tests/fixtures/representations and
//! tests/fixtures/telemetry): judges a fixture's vectors with real serde through its generated
//! crate, writes fresh vectors for its TypeScript package to read, and judges the JSON texts the
//! TypeScript package wrote. See README.md.

mod exchange;
#[path = "../../conformance-kit/gen.rs"]
mod gen;
mod registry;
#[path = "../../conformance-kit/report.rs"]
mod report;
mod sample;
mod telemetry;
#[path = "../../conformance-kit/vectors.rs"]
mod vectors;

use std::path::Path;
use std::process::ExitCode;

use registry::Fixture;

const USAGE: &str = "usage: fixture-conformance [--fixture representations|telemetry] \
                     vectors <dir> | write <file> [<count per type>] | judge <file> | verdicts <in> <out> | bincode [<count per type>] | types";
const DEFAULT_COUNT: usize = 32;

fn count(arg: Option<&&str>) -> Result<usize, String> {
    arg.map_or(Ok(DEFAULT_COUNT), |c| c.parse().map_err(|_| format!("not a count: {c}")))
}

fn run(fixture: &Fixture, args: &[&str]) -> Result<report::Report, String> {
    match args {
        ["vectors", dir] => vectors::run(Path::new(dir), fixture),
        ["write", file, rest @ ..] if rest.len() <= 1 => exchange::write(fixture, Path::new(file), count(rest.first())?),
        ["judge", file] => exchange::judge(fixture, Path::new(file)),
        ["verdicts", input, output] => exchange::verdicts(fixture, Path::new(input), Path::new(output)),
        ["bincode", rest @ ..] if rest.len() <= 1 => Ok(exchange::bincode(fixture, count(rest.first())?)),
        ["types"] => {
            fixture.types.iter().for_each(|name| println!("{name}"));
            Ok(report::Report::default())
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Exit status: 0 all agree, 1 a disagreement (one `FAIL` line each), 2 usage or I/O error.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Without --fixture, the representations fixture (what the runner judged before there were two).
    let (fixture, args) = match args.as_slice() {
        ["--fixture", name, rest @ ..] => (registry::by_name(name).ok_or_else(|| format!("no fixture {name:?}\n{USAGE}")), rest),
        rest => (Ok(&registry::representations::FIXTURE), rest),
    };
    let outcome = fixture.and_then(|f| run(f, args));
    report::finish("fixture-conformance", args.first().copied(), &["types"], outcome)
}
