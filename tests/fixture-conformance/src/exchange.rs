//! JSON texts exchanged with the TypeScript package: a file of cases, each a value of a fixture type
//! as one side wrote it. `write` makes fresh ones from values Rust builds; `judge` reads ones the
//! TypeScript package wrote and asks serde to read each and write the same bytes back. `bincode`
//! tells which types bincode can carry there and back.

use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::registry::{Fixture, Probe};
use crate::report::Report;
use crate::sample::Gen;

/// Change it and every fresh vector changes; keep it fixed so runs compare.
const SEED: u64 = 0x7265_7072_2d66_6978;

#[derive(Serialize, Deserialize)]
struct Case {
    #[serde(rename = "type")]
    type_name: String,
    json: String,
}

#[derive(Serialize, Deserialize)]
struct Exchange {
    #[serde(default)]
    writer: String,
    cases: Vec<Case>,
}

/// FNV-1a, so each type has its own stream of values: adding a type leaves the others unchanged.
fn type_seed(name: &str) -> u64 {
    name.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
        ^ SEED
}

/// Sample `i` of a type takes its first enum's variant `i`, so every variant gets written.
fn samples(fixture: &Fixture, count: usize, mut each: impl FnMut(&str, &dyn Probe, &mut Gen)) {
    for name in fixture.types {
        let probe = (fixture.probe)(name).expect("every listed type has a probe");
        let mut g = Gen::new(type_seed(name));
        for i in 0..count {
            g.force_variant(i);
            each(name, probe.as_ref(), &mut g);
        }
    }
}

pub fn write(fixture: &Fixture, file: &Path, count: usize) -> Result<Report, String> {
    let mut report = Report::default();
    let mut cases = Vec::new();
    samples(fixture, count, |name, probe, g| {
        report.checked += 1;
        match probe.sample(g) {
            Ok(json) => cases.push(Case {
                type_name: name.to_string(),
                json,
            }),
            Err(e) => report.fail(format!("sample {} ({name}): {e}", report.checked - 1)),
        }
    });
    let exchange = Exchange {
        writer: format!("fixture-conformance, seed {SEED:#x}, {count} per type"),
        cases,
    };
    let text = serde_json::to_string_pretty(&exchange).map_err(|e| e.to_string())?;
    fs::write(file, text + "\n").map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(report)
}

pub fn judge(fixture: &Fixture, file: &Path) -> Result<Report, String> {
    let text = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let exchange: Exchange = serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut report = Report::default();
    for (i, case) in exchange.cases.iter().enumerate() {
        report.checked += 1;
        let problem = match (fixture.probe)(&case.type_name) {
            None => Some("not a type of the schema".to_string()),
            Some(probe) => match probe.json_roundtrip(case.json.as_bytes()) {
                Ok(out) if out == case.json => None,
                Ok(out) => Some(format!("serde writes {out}")),
                Err(e) => Some(format!("serde rejects it: {e}")),
            },
        };
        if let Some(problem) = problem {
            report.fail(format!("case {i} ({}) {}: {problem}", case.type_name, case.json));
        }
    }
    Ok(report)
}

/// One line per type, `<Type> ok` or `<Type> <why not>`: which types bincode carries both ways.
pub fn bincode(fixture: &Fixture, count: usize) -> Report {
    let mut report = Report::default();
    let mut verdicts: Vec<(String, Option<String>)> = Vec::new();
    samples(fixture, count, |name, probe, g| {
        report.checked += 1;
        let problem = probe.bincode_roundtrip(g).err();
        match verdicts.iter_mut().find(|(n, _)| n == name) {
            Some((_, first)) => {
                if first.is_none() {
                    *first = problem;
                }
            }
            None => verdicts.push((name.to_string(), problem)),
        }
    });
    for (name, problem) in verdicts {
        println!("{name} {}", problem.as_deref().unwrap_or("ok"));
    }
    report
}

/// What serde says of one input: accepted (with what it writes back) or rejected.
#[derive(Serialize)]
struct Verdict {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    json: Option<String>,
}

/// Differential fuzzing: serde's verdict on each case of `input` (any text, valid or not), written to `output`.
pub fn verdicts(fixture: &Fixture, input: &Path, output: &Path) -> Result<Report, String> {
    let text = fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let exchange: Exchange = serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", input.display()))?;
    let mut report = Report::default();
    let mut out = Vec::with_capacity(exchange.cases.len());
    for case in &exchange.cases {
        report.checked += 1;
        let probe = (fixture.probe)(&case.type_name).ok_or_else(|| format!("{}: not a type of the schema", case.type_name))?;
        let verdict = match probe.json_roundtrip(case.json.as_bytes()) {
            Ok(json) => Verdict { ok: true, json: Some(json) },
            Err(_) => Verdict { ok: false, json: None },
        };
        out.push(verdict);
    }
    let text = serde_json::to_string(&out).map_err(|e| e.to_string())?;
    fs::write(output, text).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(report)
}
