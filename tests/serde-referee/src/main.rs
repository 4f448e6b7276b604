//! serde referee: what Rust serde (Debian's serde 1.0.152 / serde_json 1.0.87 /
//! chrono 0.4.23 / uuid 1.2.1 / bincode 1.3.3) accepts and writes for claw-proto types.
//!
//! Usage:
//!   referee check [-v] <vectors-dir>        check <vectors-dir>/index.json against serde
//!                                           (-v: also print what serde did for every entry)
//!   referee roundtrip <Type>                stdin JSON -> "OK <serde_json::to_string>" | "ERR <error>"
//!   referee bincode <Type>                  stdin JSON -> "OK <hex of bincode::serialize>" | "ERR <error>"
//!   referee bincode-decode <Type> <hex>     bincode bytes -> "OK <json>" | "ERR <error>"
//!   referee samples                         hex of bincode::serialize for fixed sample values
//!   referee findings                        print the probe tables of FINDINGS.md (markdown)
//!   referee types                           list the type names accepted by <Type>
//!   referee fixture-vectors [-v] <dir>      like check, for the representations fixture's types
//!                                           (tests/fixtures/representations/vectors)
//!   referee repr-roundtrip <Type>           roundtrip for a representations type (or probe type)
//!   referee repr-findings                   print the probe tables of REPRESENTATIONS.md (markdown)
//!   referee telemetry-vectors [-v] <dir>    like check, for the telemetry fixture's types and rules
//!                                           (tests/fixtures/telemetry/vectors)
//!   referee telemetry-roundtrip <Type>      roundtrip for a telemetry fixture type
//!   referee driver [--fixture representations|telemetry]
//!                                           the conformance driver (JSON lines on stdin; see driver.rs)
//!
//! Exit codes: 0 success / OK; 1 a check failed / ERR; 2 usage or I/O problem.

mod driver;
mod findings;
mod repr_findings;
mod representations;
mod telemetry;
mod types;

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

pub use types::*;

/// Operations available for one named type.
#[derive(Clone, Copy)]
pub struct Ops {
    /// JSON text -> serde_json::to_string of the parsed value, or serde_json's error text.
    pub json: fn(&[u8]) -> Result<String, String>,
    /// JSON text -> bincode::serialize of the parsed value.
    pub to_bincode: fn(&[u8]) -> Result<Vec<u8>, String>,
    /// bincode bytes -> serde_json::to_string of the decoded value.
    pub from_bincode: fn(&[u8]) -> Result<String, String>,
    /// The conformance driver's answer: like `json`, with serde_json's error category.
    pub driver: driver::Driver,
}

fn json_roundtrip<T: DeserializeOwned + Serialize>(input: &[u8]) -> Result<String, String> {
    // from_slice == from_str for valid UTF-8; it also reports invalid UTF-8 the serde_json way.
    let value: T = serde_json::from_slice(input).map_err(|e| e.to_string())?;
    serde_json::to_string(&value).map_err(|e| format!("serialize failed: {e}"))
}

fn json_to_bincode<T: DeserializeOwned + Serialize>(input: &[u8]) -> Result<Vec<u8>, String> {
    let value: T = serde_json::from_slice(input).map_err(|e| e.to_string())?;
    bincode::serialize(&value).map_err(|e| format!("bincode serialize failed: {e}"))
}

fn bincode_to_json<T: DeserializeOwned + Serialize>(input: &[u8]) -> Result<String, String> {
    let value: T = bincode::deserialize(input).map_err(|e| e.to_string())?;
    serde_json::to_string(&value).map_err(|e| format!("serialize failed: {e}"))
}

macro_rules! type_table {
    ($($name:literal => $ty:ty),* $(,)?) => {
        /// Every type name the referee dispatches on: the schema's `$defs` names, plus
        /// primitive/container names used for probing.
        pub const TYPE_NAMES: &[&str] = &[$($name),*];

        pub fn ops_for(name: &str) -> Option<Ops> {
            match name {
                $($name => Some(Ops {
                    json: json_roundtrip::<$ty>,
                    to_bincode: json_to_bincode::<$ty>,
                    from_bincode: bincode_to_json::<$ty>,
                    driver: driver::roundtrip::<$ty>,
                }),)*
                _ => None,
            }
        }
    };
}

type_table! {
    // schema $defs
    "NodeMessage" => NodeMessage,
    "GatewayMessage" => GatewayMessage,
    "NodeId" => NodeId,
    "WorkloadId" => WorkloadId,
    "Uuid" => Uuid,
    "Timestamp" => DateTime<Utc>,
    "NodeCapabilities" => NodeCapabilities,
    "GpuCapability" => GpuCapability,
    "GpuMetricsProto" => GpuMetricsProto,
    "WorkloadState" => WorkloadState,
    "Workload" => Workload,
    "WorkloadSpec" => WorkloadSpec,
    "KeyValue" => (String, String),
    "VolumeMount" => VolumeMount,
    "RestartPolicy" => RestartPolicy,
    "WorkloadStatus" => WorkloadStatus,
    "NodeConfig" => NodeConfig,
    "WorkloadEvent" => WorkloadEvent,
    "WorkloadEventKind" => WorkloadEventKind,
    "EventMetadata" => EventMetadata,
    "ValidationError" => ValidationError,
    "ProtoError" => ProtoError,
    // aliases and probe types
    "DateTime<Utc>" => DateTime<Utc>,
    "u16" => u16,
    "u32" => u32,
    "u64" => u64,
    "i32" => i32,
    "bool" => bool,
    "String" => String,
    "Option<u32>" => Option<u32>,
    "Option<String>" => Option<String>,
    "Option<NodeConfig>" => Option<NodeConfig>,
    "Vec<String>" => Vec<String>,
    "Vec<u16>" => Vec<u16>,
    "Vec<KeyValue>" => Vec<(String, String)>,
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Result<Vec<u8>, String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() % 2 != 0 {
        return Err("odd number of hex digits".into());
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| format!("bad hex: {e}")))
        .collect()
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    Ok(buf)
}

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  referee check [-v] <vectors-dir>\n  referee roundtrip <Type>   (JSON on stdin)\n  \
         referee bincode <Type>     (JSON on stdin)\n  referee bincode-decode <Type> <hex>\n  \
         referee samples\n  referee findings\n  referee types\n  \
         referee fixture-vectors [-v] <dir>\n  referee repr-roundtrip <Type>   (JSON on stdin)\n  \
         referee repr-findings\n  referee telemetry-vectors [-v] <dir>\n  \
         referee telemetry-roundtrip <Type>   (JSON on stdin)\n  \
         referee driver [--fixture representations|telemetry]   (JSON lines on stdin)"
    );
    ExitCode::from(2)
}

fn type_ops_or_exit(name: &str) -> Result<Ops, ExitCode> {
    ops_for(name).ok_or_else(|| {
        eprintln!("unknown type `{name}`; known: {}", TYPE_NAMES.join(", "));
        ExitCode::from(2)
    })
}

/// Write raw bytes of a line (serde output may contain any Unicode; print it unchanged).
fn emit(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(line.as_bytes());
    let _ = out.write_all(b"\n");
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("check") if args.len() == 3 => check(Path::new(&args[2]), false, claw_json, None),
        Some("check") if args.len() == 4 && args[2] == "-v" => {
            check(Path::new(&args[3]), true, claw_json, None)
        }
        Some("fixture-vectors") if args.len() == 3 => {
            check(Path::new(&args[2]), false, representations::json_for, None)
        }
        Some("fixture-vectors") if args.len() == 4 && args[2] == "-v" => {
            check(Path::new(&args[3]), true, representations::json_for, None)
        }
        Some("telemetry-vectors") if args.len() == 3 => check(
            Path::new(&args[2]),
            false,
            telemetry::json_for,
            Some(telemetry::first_violation),
        ),
        Some("telemetry-vectors") if args.len() == 4 && args[2] == "-v" => check(
            Path::new(&args[3]),
            true,
            telemetry::json_for,
            Some(telemetry::first_violation),
        ),
        Some(command @ ("repr-roundtrip" | "telemetry-roundtrip")) if args.len() == 3 => {
            let (json_for, names): (fn(&str) -> Option<representations::Json>, &[&str]) =
                if command == "repr-roundtrip" {
                    (representations::json_for, representations::NAMES)
                } else {
                    (telemetry::json_for, telemetry::NAMES)
                };
            let Some(json) = json_for(&args[2]) else {
                eprintln!("unknown type `{}`; known: {}", args[2], names.join(", "));
                return ExitCode::from(2);
            };
            let input = match read_stdin() {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            match json(&input) {
                Ok(s) => {
                    emit(&format!("OK {s}"));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    emit(&format!("ERR {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some("repr-findings") if args.len() == 2 => {
            print!("{}", repr_findings::render());
            ExitCode::SUCCESS
        }
        Some("roundtrip") if args.len() == 3 => {
            let ops = match type_ops_or_exit(&args[2]) {
                Ok(o) => o,
                Err(c) => return c,
            };
            let input = match read_stdin() {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            match (ops.json)(&input) {
                Ok(s) => {
                    emit(&format!("OK {s}"));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    emit(&format!("ERR {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some("bincode") if args.len() == 3 => {
            let ops = match type_ops_or_exit(&args[2]) {
                Ok(o) => o,
                Err(c) => return c,
            };
            let input = match read_stdin() {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            match (ops.to_bincode)(&input) {
                Ok(b) => {
                    emit(&format!("OK {}", hex(&b)));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    emit(&format!("ERR {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some("bincode-decode") if args.len() == 4 => {
            let ops = match type_ops_or_exit(&args[2]) {
                Ok(o) => o,
                Err(c) => return c,
            };
            let bytes = match unhex(&args[3]) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            match (ops.from_bincode)(&bytes) {
                Ok(s) => {
                    emit(&format!("OK {s}"));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    emit(&format!("ERR {e}"));
                    ExitCode::from(1)
                }
            }
        }
        Some("samples") if args.len() == 2 => {
            for (label, bytes) in findings::bincode_samples() {
                emit(&format!("{label}\t{}", hex(&bytes)));
            }
            ExitCode::SUCCESS
        }
        Some("findings") if args.len() == 2 => {
            print!("{}", findings::render());
            ExitCode::SUCCESS
        }
        Some("driver") => {
            let driver_for: fn(&str) -> Option<driver::Driver> = match args.get(2..).unwrap_or_default() {
                [] => |name| ops_for(name).map(|ops| ops.driver),
                [flag, fixture] if flag == "--fixture" && fixture == "representations" => representations::driver_for,
                [flag, fixture] if flag == "--fixture" && fixture == "telemetry" => telemetry::driver_for,
                _ => return usage(),
            };
            match driver::run(&driver_for) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("referee driver: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("types") if args.len() == 2 => {
            for n in TYPE_NAMES {
                println!("{n}");
            }
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

/// Shorten serde output for a failure line.
fn clip(s: &str) -> String {
    const MAX: usize = 400;
    if s.len() <= MAX {
        s.to_string()
    } else {
        let mut end = MAX;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}… ({} bytes)", &s[..end], s.len())
    }
}

fn first_difference(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

/// The JSON round trip of a claw-proto type.
fn claw_json(name: &str) -> Option<representations::Json> {
    ops_for(name).map(|ops| ops.json)
}

/// `rules`: the schema's rule layer, written by hand; without it a `rules-invalid` vector is only
/// checked to be accepted on the wire.
fn check(
    dir: &Path,
    verbose: bool,
    json_for: fn(&str) -> Option<representations::Json>,
    rules: Option<telemetry::Rules>,
) -> ExitCode {
    let index_path = dir.join("index.json");
    let index_text = match std::fs::read(&index_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {}: {e}", index_path.display());
            return ExitCode::from(2);
        }
    };
    let index: serde_json::Value = match serde_json::from_slice(&index_text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{} is not JSON: {e}", index_path.display());
            return ExitCode::from(2);
        }
    };
    let Some(groups) = index.as_object() else {
        eprintln!("{}: top level must be an object", index_path.display());
        return ExitCode::from(2);
    };

    let mut checked = 0usize;
    let mut failed = 0usize;
    let mut fail = |line: String| {
        failed += 1;
        emit(&format!("FAIL {line}"));
    };

    const CATEGORIES: [&str; 4] = ["valid", "noncanonical", "invalid", "rules-invalid"];
    let mut ordered: Vec<(&String, &serde_json::Value)> = Vec::new();
    for c in CATEGORIES {
        ordered.extend(groups.iter().filter(|(k, _)| k.as_str() == c));
    }
    ordered.extend(
        groups
            .iter()
            .filter(|(k, _)| !CATEGORIES.contains(&k.as_str())),
    );

    for (category, entries) in ordered {
        let known = CATEGORIES.contains(&category.as_str());
        let Some(entries) = entries.as_array().filter(|_| known) else {
            checked += 1;
            fail(format!(
                "index.json: unknown category `{category}` (or not an array)"
            ));
            continue;
        };
        for (i, entry) in entries.iter().enumerate() {
            checked += 1;
            let file = entry.get("file").and_then(|v| v.as_str());
            let ty = entry.get("type").and_then(|v| v.as_str());
            let (Some(file), Some(ty)) = (file, ty) else {
                fail(format!(
                    "index.json {category}[{i}]: entry needs string `file` and `type`"
                ));
                continue;
            };
            let Some(json) = json_for(ty) else {
                fail(format!("{file} ({ty}): unknown type `{ty}`"));
                continue;
            };
            let bytes = match std::fs::read(dir.join(file)) {
                Ok(b) => b,
                Err(e) => {
                    fail(format!("{file} ({ty}): cannot read: {e}"));
                    continue;
                }
            };
            let result = json(&bytes);
            if verbose {
                match &result {
                    Ok(out) => emit(&format!(
                        "SERDE {category} {file} ({ty}): serde writes {}",
                        clip(out)
                    )),
                    Err(e) => emit(&format!(
                        "SERDE {category} {file} ({ty}): serde rejects: {e}"
                    )),
                }
            }
            match category.as_str() {
                "valid" => match result {
                    Ok(out) if out.as_bytes() == bytes.as_slice() => {}
                    Ok(out) => fail(format!(
                        "{file} ({ty}) valid: serde accepts but writes something else \
                         (first difference at byte {}; file {} bytes, serde {} bytes): {}",
                        first_difference(out.as_bytes(), &bytes),
                        bytes.len(),
                        out.len(),
                        clip(&out)
                    )),
                    Err(e) => fail(format!("{file} ({ty}) valid: serde rejects: {e}")),
                },
                "noncanonical" => {
                    let Some(canonical) = entry.get("canonical").and_then(|v| v.as_str()) else {
                        fail(format!(
                            "{file} ({ty}) noncanonical: entry has no string `canonical`"
                        ));
                        continue;
                    };
                    match result {
                        Ok(out) if out == canonical => {
                            if out.as_bytes() == bytes.as_slice() {
                                fail(format!(
                                    "{file} ({ty}) noncanonical: input is already canonical"
                                ));
                            }
                        }
                        Ok(out) => fail(format!(
                            "{file} ({ty}) noncanonical: serde writes {} but index says {}",
                            clip(&out),
                            clip(canonical)
                        )),
                        Err(e) => fail(format!("{file} ({ty}) noncanonical: serde rejects: {e}")),
                    }
                }
                "invalid" => {
                    if let Ok(out) = result {
                        fail(format!(
                            "{file} ({ty}) invalid: serde ACCEPTS it and writes {}",
                            clip(&out)
                        ));
                    }
                }
                "rules-invalid" => {
                    if let Err(e) = result {
                        fail(format!(
                            "{file} ({ty}) rules-invalid: serde rejects it on the wire: {e}"
                        ));
                    } else if let Some(rules) = rules {
                        let field = entry.get("field").and_then(|v| v.as_str());
                        match (rules(ty, &bytes), field) {
                            (_, None) => fail(format!(
                                "{file} ({ty}) rules-invalid: entry has no string `field`"
                            )),
                            (Err(e), _) => fail(format!("{file} ({ty}) rules-invalid: {e}")),
                            (Ok(None), _) => {
                                fail(format!("{file} ({ty}) rules-invalid: the rules accept it"))
                            }
                            (Ok(Some(first)), Some(field)) if first != field => fail(format!(
                                "{file} ({ty}) rules-invalid: the first rule broken is on \
                                 {first:?}, the index says {field:?}"
                            )),
                            (Ok(Some(_)), Some(_)) => {}
                        }
                    }
                }
                _ => unreachable!(),
            }
        }
    }
    println!("{checked} checked, {failed} failed");
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
