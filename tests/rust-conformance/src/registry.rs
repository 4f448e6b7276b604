//! Every type of the schema by name, and what the runner does with a value of it.

use std::fmt::Debug;
use std::marker::PhantomData;

use claw_proto::ValidationError;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::exchange::{from_hex, to_hex, Case};
use crate::sample::{Gen, Sample};
use crate::vectors::Judge;

/// What the runner does with a type it only knows by name.
pub trait Probe {
    /// `serde_json::from_slice`, then `serde_json::to_string`: what serde writes back, or why it refused.
    fn json_roundtrip(&self, text: &[u8]) -> Result<String, String>;
    /// The spec's rule layer on the value `text` holds (`Err` if serde refuses it or the type has no rules).
    fn rules(&self, text: &[u8]) -> Result<Vec<ValidationError>, String>;
    /// A fresh value of the type named `type_name`, as serde_json and bincode write it.
    fn sample(&self, type_name: &str, g: &mut Gen) -> Result<Case, String>;
    /// What serde and bincode disagree with in a case another port wrote.
    fn check(&self, case: &Case) -> Vec<String>;
}

struct Of<T>(PhantomData<T>);

impl<T: Sample + Serialize + DeserializeOwned + PartialEq + Debug> Probe for Of<T> {
    fn json_roundtrip(&self, text: &[u8]) -> Result<String, String> {
        let value: T = serde_json::from_slice(text).map_err(|e| e.to_string())?;
        serde_json::to_string(&value).map_err(|e| e.to_string())
    }

    fn rules(&self, text: &[u8]) -> Result<Vec<ValidationError>, String> {
        let value: T = serde_json::from_slice(text).map_err(|e| format!("serde rejects it: {e}"))?;
        value.rules().ok_or_else(|| "the type has no rule layer".to_string())
    }

    fn sample(&self, type_name: &str, g: &mut Gen) -> Result<Case, String> {
        let value = T::sample(g);
        Ok(Case {
            type_name: type_name.to_string(),
            json: serde_json::to_string(&value).map_err(|e| e.to_string())?,
            bincode: to_hex(&bincode::serialize(&value).map_err(|e| e.to_string())?),
            rules: value.rules(),
        })
    }

    fn check(&self, case: &Case) -> Vec<String> {
        let value: T = match serde_json::from_str(&case.json) {
            Ok(value) => value,
            Err(e) => return vec![format!("serde_json rejects it: {e}")],
        };
        let mut out = Vec::new();
        match serde_json::to_string(&value) {
            Ok(json) if json == case.json => {}
            Ok(json) => out.push(format!("serde_json writes {json}")),
            Err(e) => out.push(format!("serde_json cannot write it back: {e}")),
        }
        match from_hex(&case.bincode) {
            Err(e) => out.push(e),
            Ok(bytes) => {
                match bincode::serialize(&value) {
                    Ok(ours) if ours == bytes => {}
                    Ok(ours) => out.push(format!("bincode::serialize gives {}, the case holds {}", to_hex(&ours), case.bincode)),
                    Err(e) => out.push(format!("bincode::serialize fails: {e}")),
                }
                match bincode::deserialize::<T>(&bytes) {
                    Ok(decoded) if decoded == value => {}
                    Ok(decoded) => out.push(format!("bincode::deserialize gives {decoded:?}, the JSON holds {value:?}")),
                    Err(e) => out.push(format!("bincode::deserialize rejects the bytes: {e}")),
                }
            }
        }
        let rules = value.rules();
        if rules != case.rules {
            out.push(format!("rules: Rust finds {rules:?}, the case says {:?}", case.rules));
        }
        out
    }
}

macro_rules! registry {
    ($($name:ident),* $(,)?) => {
        /// The schema's type names, in schema order.
        pub const TYPE_NAMES: &[&str] = &[$(stringify!($name)),*];

        pub fn probe(name: &str) -> Option<Box<dyn Probe>> {
            match name {
                $(stringify!($name) => Some(Box::new(Of::<claw_proto::$name>(PhantomData))),)*
                _ => None,
            }
        }
    };
}

registry!(
    NodeMessage,
    GatewayMessage,
    NodeId,
    WorkloadId,
    Uuid,
    Timestamp,
    NodeCapabilities,
    GpuCapability,
    GpuMetricsProto,
    WorkloadState,
    Workload,
    WorkloadSpec,
    KeyValue,
    VolumeMount,
    RestartPolicy,
    WorkloadStatus,
    NodeConfig,
    WorkloadEvent,
    WorkloadEventKind,
    EventMetadata,
    ValidationError,
    ProtoError,
);

/// The schema's types, for the vectors judge.
pub struct Types;

impl Judge for Types {
    fn roundtrip(&self, type_name: &str, bytes: &[u8]) -> Option<Result<String, String>> {
        probe(type_name).map(|p| p.json_roundtrip(bytes))
    }

    fn first_violation(&self, type_name: &str, bytes: &[u8]) -> Result<Option<(String, String)>, String> {
        let p = probe(type_name).ok_or("not a type of the schema")?;
        Ok(p.rules(bytes)?.into_iter().next().map(|v| (v.field, v.message)))
    }
}
