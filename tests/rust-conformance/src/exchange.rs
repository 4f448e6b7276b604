//! Vectors exchanged with the TypeScript package: a JSON file of cases, each a value of a schema
//! type as serde_json writes it, the bytes bincode writes (hex), and for types with a rule layer
//! what it finds. `write` makes fresh ones from generated values; `check` reads ones another port
//! wrote and asks serde and bincode whether they agree.

use std::fs;
use std::path::Path;

use claw_proto::ValidationError;
use serde::{Deserialize, Serialize};

use crate::registry;
use crate::report::Report;
use crate::sample::Gen;

/// Change it and every fresh vector changes; keep it fixed so runs compare.
const SEED: u64 = 0x636c_6177_2d70_726f;

#[derive(Serialize, Deserialize)]
pub struct Case {
    #[serde(rename = "type")]
    pub type_name: String,
    pub json: String,
    pub bincode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<ValidationError>>,
}

#[derive(Serialize, Deserialize)]
struct Exchange {
    writer: String,
    cases: Vec<Case>,
}

/// FNV-1a, so each type has its own stream of values: adding a type leaves the others unchanged.
fn type_seed(name: &str) -> u64 {
    name.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
        ^ SEED
}

pub fn write(file: &Path, count: usize) -> Result<Report, String> {
    let mut cases = Vec::new();
    for name in registry::TYPE_NAMES {
        let probe = registry::probe(name).expect("every listed type has a probe");
        let mut g = Gen::new(type_seed(name));
        for i in 0..count {
            g.force_variant(i);
            cases.push(probe.sample(name, &mut g).map_err(|e| format!("{name}: {e}"))?);
        }
    }
    let exchange = Exchange {
        writer: format!("rust-conformance, seed {SEED:#x}, {count} per type"),
        cases,
    };
    let text = serde_json::to_string_pretty(&exchange).map_err(|e| e.to_string())?;
    fs::write(file, text + "\n").map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(Report {
        checked: exchange.cases.len(),
        failures: Vec::new(),
    })
}

pub fn check(file: &Path) -> Result<Report, String> {
    let text = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let exchange: Exchange = serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut report = Report::default();
    for (i, case) in exchange.cases.iter().enumerate() {
        report.checked += 1;
        let problems = match registry::probe(&case.type_name) {
            Some(probe) => probe.check(case),
            None => vec!["not a type of the schema".to_string()],
        };
        for problem in problems {
            report.fail(format!("case {i} ({}) {}: {problem}", case.type_name, case.json));
        }
    }
    Ok(report)
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(hex: &str) -> Result<Vec<u8>, String> {
    hex.as_bytes()
        .chunks(2)
        .map(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .filter(|p| p.len() == 2)
                .and_then(|p| u8::from_str_radix(p, 16).ok())
        })
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| format!("not hex: {hex}"))
}
