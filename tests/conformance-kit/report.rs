//! What a runner command found, and how it ends: one `FAIL` line per disagreement, a count, and an
//! exit status (0 all agree, 1 a disagreement, 2 usage or I/O error).

use std::process::ExitCode;

/// How many cases a command looked at, and one line per disagreement.
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

/// Print the outcome of `command` (the count is left out for `quiet`, which prints data) and turn it into the exit status.
pub fn finish(program: &str, command: Option<&str>, quiet: &[&str], outcome: Result<Report, String>) -> ExitCode {
    match outcome {
        Ok(report) => {
            for line in &report.failures {
                println!("FAIL {line}");
            }
            if !command.is_some_and(|c| quiet.contains(&c)) {
                println!("{} checked, {} failed", report.checked, report.failures.len());
            }
            if report.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(message) => {
            eprintln!("{program}: {message}");
            ExitCode::from(2)
        }
    }
}
