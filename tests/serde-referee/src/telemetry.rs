//! The types of tests/fixtures/telemetry/schema.json (a sensor ↔ collector protocol), written by
//! hand from the schema, not taken from the generated crate: serde's defaults (externally tagged
//! enums, no attributes) except the sorting `serialize_with` on each HashMap, so maps come out in
//! ascending UTF-8 byte order (the project's canonical order). The rule layer (`x-rules`) is
//! written by hand too, so the vectors' `rules-invalid` expectations have a judge of their own.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, Serializer};
use uuid::Uuid;

use crate::representations::Json;

/// Serialize a map with its keys in ascending byte order (String's Ord is byte order).
fn sorted<S: Serializer, V: Serialize>(map: &HashMap<String, V>, s: S) -> Result<S::Ok, S::Error> {
    map.iter().collect::<BTreeMap<_, _>>().serialize(s)
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum SensorMessage {
    Hello {
        sensor_id: SensorId,
        info: SensorInfo,
        protocol_version: u32,
    },
    Readings {
        sensor_id: SensorId,
        sequence: SequenceNumber,
        observed_at: ObservedAt,
        samples: Vec<Measurement>,
        battery_percent: Option<u32>,
    },
    Fault(Fault),
    Goodbye,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum CollectorMessage {
    Welcome {
        session: Uuid,
        accepted_version: u32,
        server_time: DateTime<Utc>,
    },
    Configure(SensorConfig),
    Ack {
        sequence: SequenceNumber,
    },
    Reject(String),
    Pause,
    Resume,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SensorId(Uuid);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SequenceNumber(u64);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ChannelName(String);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ObservedAt(DateTime<Utc>);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum Unit {
    Celsius,
    Percent,
    Pascal,
    Volt,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    LowPower,
    Burst,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum Severity {
    Warning,
    Critical,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Measurement {
    pub channel: ChannelName,
    pub value: f64,
    pub unit: Unit,
    pub valid: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SensorInfo {
    pub model: String,
    pub firmware: String,
    pub channels: Vec<ChannelName>,
    #[serde(serialize_with = "sorted")]
    pub labels: HashMap<String, String>,
    pub max_rate_hz: u16,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SensorConfig {
    pub mode: Mode,
    pub interval_ms: u32,
    #[serde(serialize_with = "sorted")]
    pub thresholds: HashMap<String, f64>,
    pub channels: Vec<u8>,
    pub calibration_offset: Option<i32>,
    pub label: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Fault {
    pub code: i16,
    pub severity: Severity,
    pub detail: String,
    pub since: Option<DateTime<Utc>>,
}

/// The schema's x-rules, field by field in declaration order: the fields that break one.
/// A length is counted in Unicode scalar values (`chars().count()`), as the schema's minLength is.
fn sensor_info_rules(v: &SensorInfo) -> Vec<&'static str> {
    let mut out = Vec::new();
    if v.model.chars().count() < 2 {
        out.push("model");
    }
    if v.firmware.chars().count() < 1 {
        out.push("firmware");
    }
    if !(1..=1000).contains(&v.max_rate_hz) {
        out.push("max_rate_hz");
    }
    out
}

fn sensor_config_rules(v: &SensorConfig) -> Vec<&'static str> {
    let mut out = Vec::new();
    if !(10..=3_600_000).contains(&v.interval_ms) {
        out.push("interval_ms");
    }
    if v.channels.iter().any(|c| *c > 63) {
        out.push("channels");
    }
    if v.calibration_offset
        .is_some_and(|c| !(-1000..=1000).contains(&c))
    {
        out.push("calibration_offset");
    }
    if v.label.as_ref().is_some_and(|l| l.chars().count() < 3) {
        out.push("label");
    }
    out
}

/// The first field whose rule a value breaks (None: it keeps every rule); Err when serde refuses
/// the text or the type has no rule layer.
pub type Rules = fn(&str, &[u8]) -> Result<Option<String>, String>;

pub fn first_violation(type_name: &str, bytes: &[u8]) -> Result<Option<String>, String> {
    let first = |fields: Vec<&str>| fields.first().map(|f| f.to_string());
    match type_name {
        "SensorInfo" => Ok(first(sensor_info_rules(
            &serde_json::from_slice(bytes).map_err(|e| e.to_string())?,
        ))),
        "SensorConfig" => Ok(first(sensor_config_rules(
            &serde_json::from_slice(bytes).map_err(|e| e.to_string())?,
        ))),
        other => Err(format!("{other} has no rule layer")),
    }
}

fn roundtrip<T: serde::de::DeserializeOwned + Serialize>(input: &[u8]) -> Result<String, String> {
    let value: T = serde_json::from_slice(input).map_err(|e| e.to_string())?;
    serde_json::to_string(&value).map_err(|e| format!("serialize failed: {e}"))
}

macro_rules! table {
    ($($name:literal => $ty:ty),* $(,)?) => {
        /// The fixture's type names.
        pub const NAMES: &[&str] = &[$($name),*];

        pub fn json_for(name: &str) -> Option<Json> {
            match name {
                $($name => Some(roundtrip::<$ty>),)*
                _ => None,
            }
        }

        /// The conformance driver's answer for a type name (`referee driver --fixture …`).
        pub fn driver_for(name: &str) -> Option<crate::driver::Driver> {
            match name {
                $($name => Some(crate::driver::roundtrip::<$ty>),)*
                _ => None,
            }
        }
    };
}

table! {
    "SensorMessage" => SensorMessage,
    "CollectorMessage" => CollectorMessage,
    "Uuid" => Uuid,
    "Timestamp" => DateTime<Utc>,
    "SensorId" => SensorId,
    "SequenceNumber" => SequenceNumber,
    "ChannelName" => ChannelName,
    "ObservedAt" => ObservedAt,
    "Unit" => Unit,
    "Mode" => Mode,
    "Severity" => Severity,
    "Measurement" => Measurement,
    "SensorInfo" => SensorInfo,
    "SensorConfig" => SensorConfig,
    "Fault" => Fault,
}
