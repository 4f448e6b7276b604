//! A vectors folder in `schema/vectors`' format, judged by serde itself: every file of a section
//! folder must be listed in `index.json`, and every listed file must do what its section says.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::report::Report;

/// What a runner knows of its schema's types, as serde and the generated crate see them.
pub trait Judge {
    /// Read `bytes` as `type_name` and write it back: None when there is no such type.
    fn roundtrip(&self, type_name: &str, bytes: &[u8]) -> Option<Result<String, String>>;
    /// The first rule the value breaks (field, message); Err when it cannot be read or the schema has no rule layer.
    fn first_violation(&self, type_name: &str, bytes: &[u8]) -> Result<Option<(String, String)>, String>;
}

#[derive(Deserialize)]
struct Index {
    valid: Vec<Entry>,
    noncanonical: Vec<Entry>,
    invalid: Vec<Entry>,
    #[serde(rename = "rules-invalid", default)]
    rules_invalid: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    file: String,
    #[serde(rename = "type")]
    type_name: String,
    canonical: Option<String>,
    field: Option<String>,
    /// Accepted by serde, rejected only by the TypeScript package (e.g. u64 above 2^53−1).
    #[serde(rename = "serdeAccepts", default)]
    serde_accepts: bool,
}

#[derive(Clone, Copy)]
enum Section {
    Valid,
    Noncanonical,
    Invalid,
    RulesInvalid,
}

const SECTIONS: [(Section, &str); 4] = [
    (Section::Valid, "valid"),
    (Section::Noncanonical, "noncanonical"),
    (Section::Invalid, "invalid"),
    (Section::RulesInvalid, "rules-invalid"),
];

pub fn run(dir: &Path, types: &dyn Judge) -> Result<Report, String> {
    let index_file = dir.join("index.json");
    let text = fs::read(&index_file).map_err(|e| format!("{}: {e}", index_file.display()))?;
    let index: Index = serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", index_file.display()))?;
    let mut report = Report::default();
    let mut listed = BTreeSet::new();
    for (section, name) in SECTIONS {
        let entries = match section {
            Section::Valid => &index.valid,
            Section::Noncanonical => &index.noncanonical,
            Section::Invalid => &index.invalid,
            Section::RulesInvalid => &index.rules_invalid,
        };
        for entry in entries {
            report.checked += 1;
            listed.insert(entry.file.clone());
            let outcome = match fs::read(dir.join(&entry.file)) {
                Err(e) => Err(format!("cannot read it: {e}")),
                Ok(bytes) => judge(section, entry, &bytes, types),
            };
            if let Err(why) = outcome {
                report.fail(format!("{name} {} ({}): {why}", entry.file, entry.type_name));
            }
        }
    }
    for (_, name) in SECTIONS {
        let folder = dir.join(name);
        // A schema without a rule layer may have no rules-invalid folder at all.
        let Ok(files) = fs::read_dir(&folder) else { continue };
        for file in files {
            let file = format!("{name}/{}", file.map_err(|e| e.to_string())?.file_name().to_string_lossy());
            if !listed.contains(&file) {
                report.fail(format!("{file}: not listed in index.json"));
            }
        }
    }
    Ok(report)
}

fn judge(section: Section, entry: &Entry, bytes: &[u8], types: &dyn Judge) -> Result<(), String> {
    let written = types.roundtrip(&entry.type_name, bytes).ok_or("not a type of the schema")?;
    match section {
        Section::Valid => match written {
            Ok(out) if out.as_bytes() == bytes => Ok(()),
            Ok(out) => Err(format!("serde writes {out}")),
            Err(e) => Err(format!("serde rejects it: {e}")),
        },
        Section::Noncanonical => {
            let canonical = entry.canonical.as_deref().ok_or("no \"canonical\" given")?;
            match written {
                Ok(out) if out.as_bytes() == bytes => Err("serde writes it back unchanged: it is canonical (a valid vector)".to_string()),
                Ok(out) if out == canonical => Ok(()),
                Ok(out) => Err(format!("serde writes {out}, the index says {canonical}")),
                Err(e) => Err(format!("serde rejects it: {e}")),
            }
        }
        Section::Invalid => match (written, entry.serde_accepts) {
            (Err(_), false) | (Ok(_), true) => Ok(()),
            (Ok(out), false) => Err(format!("serde accepts it (and writes {out})")),
            (Err(e), true) => Err(format!("marked serdeAccepts, but serde rejects it: {e}")),
        },
        Section::RulesInvalid => {
            let field = entry.field.as_deref().ok_or("no \"field\" given")?;
            match types.first_violation(&entry.type_name, bytes)? {
                Some((first, _)) if first == field => Ok(()),
                Some((first, message)) => Err(format!("the first rule broken is on {first:?} ({message}), the index says {field:?}")),
                None => Err("the rule layer accepts it".to_string()),
            }
        }
    }
}
