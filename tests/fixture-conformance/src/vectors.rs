//! A vectors folder in `schema/vectors`' format, judged by serde itself: every file of a section
//! folder must be listed in `index.json`, and every listed file must do what its section says.
//! The fixture has no rule layer, so its `rules-invalid` section must be empty.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::registry::{self, Probe};
use crate::Report;

#[derive(Deserialize)]
struct Index {
    valid: Vec<Entry>,
    noncanonical: Vec<Entry>,
    invalid: Vec<Entry>,
    /// Must be empty: the fixture has no rule layer to judge them with.
    #[serde(rename = "rules-invalid", default)]
    rules_invalid: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct Entry {
    file: String,
    #[serde(rename = "type")]
    type_name: String,
    canonical: Option<String>,
    /// Accepted by serde, rejected only by the TypeScript package.
    #[serde(rename = "serdeAccepts", default)]
    serde_accepts: bool,
}

#[derive(Clone, Copy)]
enum Section {
    Valid,
    Noncanonical,
    Invalid,
}

const SECTIONS: [(Section, &str); 3] = [
    (Section::Valid, "valid"),
    (Section::Noncanonical, "noncanonical"),
    (Section::Invalid, "invalid"),
];

pub fn run(dir: &Path) -> Result<Report, String> {
    let index_file = dir.join("index.json");
    let text = fs::read(&index_file).map_err(|e| format!("{}: {e}", index_file.display()))?;
    let index: Index = serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", index_file.display()))?;
    let mut report = Report::default();
    if !index.rules_invalid.is_empty() {
        report.fail(format!(
            "rules-invalid: {} entries, but the fixture has no rule layer",
            index.rules_invalid.len()
        ));
    }
    let mut listed = BTreeSet::new();
    for (section, name) in SECTIONS {
        let entries = match section {
            Section::Valid => &index.valid,
            Section::Noncanonical => &index.noncanonical,
            Section::Invalid => &index.invalid,
        };
        for entry in entries {
            report.checked += 1;
            listed.insert(entry.file.clone());
            let outcome = match (fs::read(dir.join(&entry.file)), registry::probe(&entry.type_name)) {
                (Err(e), _) => Err(format!("cannot read it: {e}")),
                (_, None) => Err("not a type of the schema".to_string()),
                (Ok(bytes), Some(probe)) => judge(section, entry, &bytes, probe.as_ref()),
            };
            if let Err(why) = outcome {
                report.fail(format!("{name} {} ({}): {why}", entry.file, entry.type_name));
            }
        }
    }
    for (_, name) in SECTIONS {
        let folder = dir.join(name);
        let files = fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for file in files {
            let file = format!("{name}/{}", file.map_err(|e| e.to_string())?.file_name().to_string_lossy());
            if !listed.contains(&file) {
                report.fail(format!("{file}: not listed in index.json"));
            }
        }
    }
    Ok(report)
}

fn judge(section: Section, entry: &Entry, bytes: &[u8], probe: &dyn Probe) -> Result<(), String> {
    let written = probe.json_roundtrip(bytes);
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
    }
}
