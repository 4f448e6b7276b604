//! The Rust side of the representations fixture's conformance (tests/fixtures/representations):
//! judges its vectors with real serde, writes fresh vectors for its TypeScript package to read, and
//! judges the JSON texts the TypeScript package wrote. See README.md.

mod exchange;
mod registry;
mod sample;
mod vectors;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str =
    "usage: fixture-conformance vectors <dir> | write <file> [<count per type>] | judge <file> | verdicts <in> <out> | bincode [<count per type>] | types";
const DEFAULT_COUNT: usize = 32;

/// What a command found: how many cases it looked at, and one line per disagreement.
#[derive(Default)]
pub struct Report {
    pub checked: usize,
    pub failures: Vec<String>,
}

impl Report {
    pub fn fail(&mut self, line: String) {
        self.failures.push(line);
    }
}

fn count(arg: Option<&&str>) -> Result<usize, String> {
    arg.map_or(Ok(DEFAULT_COUNT), |c| c.parse().map_err(|_| format!("not a count: {c}")))
}

fn run(args: &[&str]) -> Result<Report, String> {
    match args {
        ["vectors", dir] => vectors::run(Path::new(dir)),
        ["write", file, rest @ ..] if rest.len() <= 1 => exchange::write(Path::new(file), count(rest.first())?),
        ["judge", file] => exchange::judge(Path::new(file)),
        ["verdicts", input, output] => exchange::verdicts(Path::new(input), Path::new(output)),
        ["bincode", rest @ ..] if rest.len() <= 1 => Ok(exchange::bincode(count(rest.first())?)),
        ["types"] => {
            registry::TYPE_NAMES.iter().for_each(|name| println!("{name}"));
            Ok(Report::default())
        }
        _ => Err(USAGE.to_string()),
    }
}

/// Exit status: 0 all agree, 1 a disagreement (one `FAIL` line each), 2 usage or I/O error.
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match run(&args) {
        Ok(report) => {
            for line in &report.failures {
                println!("FAIL {line}");
            }
            if args.first() != Some(&"types") {
                println!("{} checked, {} failed", report.checked, report.failures.len());
            }
            if report.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(message) => {
            eprintln!("fixture-conformance: {message}");
            ExitCode::from(2)
        }
    }
}
