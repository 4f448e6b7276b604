//! Every type of a fixture schema by name, and what the runner does with a value of it. Each fixture
//! (`representations`, `telemetry`) is a `Fixture`: its type names in schema order, a probe per
//! type and its rule layer, if any.

use std::fmt::Debug;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::sample::{Gen, Sample};
use crate::vectors::Judge;

/// What the runner does with a type it only knows by name.
pub trait Probe {
    /// `serde_json::from_slice`, then `serde_json::to_string`: what serde writes back, or why it refused.
    fn json_roundtrip(&self, text: &[u8]) -> Result<String, String>;
    /// A fresh value as serde_json writes it; `Err` when serde does not read it back as the same
    /// value and the same bytes (a sample no port could be asked to agree with).
    fn sample(&self, g: &mut Gen) -> Result<String, String>;
    /// A fresh value through `bincode::serialize` and `bincode::deserialize`.
    fn bincode_roundtrip(&self, g: &mut Gen) -> Result<(), String>;
}

pub struct Of<T>(pub PhantomData<T>);

impl<T: Sample + Serialize + DeserializeOwned + PartialEq + Debug> Probe for Of<T> {
    fn json_roundtrip(&self, text: &[u8]) -> Result<String, String> {
        let value: T = serde_json::from_slice(text).map_err(|e| e.to_string())?;
        serde_json::to_string(&value).map_err(|e| e.to_string())
    }

    fn sample(&self, g: &mut Gen) -> Result<String, String> {
        let value = T::sample(g);
        let json = serde_json::to_string(&value).map_err(|e| e.to_string())?;
        let back: T = serde_json::from_str(&json).map_err(|e| format!("{json}: serde rejects what it wrote: {e}"))?;
        if back != value {
            return Err(format!("{json}: reads back as {back:?}, not {value:?}"));
        }
        Ok(json)
    }

    fn bincode_roundtrip(&self, g: &mut Gen) -> Result<(), String> {
        let value = T::sample(g);
        let bytes = bincode::serialize(&value).map_err(|e| format!("bincode::serialize fails: {e}"))?;
        match bincode::deserialize::<T>(&bytes) {
            Ok(back) if back == value => Ok(()),
            Ok(back) => Err(format!("bincode::deserialize gives {back:?}, not {value:?}")),
            Err(e) => Err(format!("bincode::deserialize fails: {e}")),
        }
    }
}

/// The first rule a value breaks, (field, message); `Err` when serde refuses it or the type has no rules.
pub type FirstViolation = fn(&str, &[u8]) -> Result<Option<(String, String)>, String>;

/// One fixture schema, as the runner knows it.
pub struct Fixture {
    /// The schema's type names, in schema order.
    pub types: &'static [&'static str],
    pub probe: fn(&str) -> Option<Box<dyn Probe>>,
    pub first_violation: FirstViolation,
}

impl Judge for Fixture {
    fn roundtrip(&self, type_name: &str, bytes: &[u8]) -> Option<Result<String, String>> {
        (self.probe)(type_name).map(|p| p.json_roundtrip(bytes))
    }

    fn first_violation(&self, type_name: &str, bytes: &[u8]) -> Result<Option<(String, String)>, String> {
        (self.first_violation)(type_name, bytes)
    }
}

/// `fixture!(crate_name: Type, …)`: the type names and the probe of a generated crate's types.
macro_rules! fixture {
    ($krate:ident: $($name:ident),* $(,)?) => {
        /// The schema's type names, in schema order.
        pub const TYPE_NAMES: &[&str] = &[$(stringify!($name)),*];

        pub fn probe(name: &str) -> Option<Box<dyn $crate::registry::Probe>> {
            match name {
                $(stringify!($name) => Some(Box::new($crate::registry::Of::<$krate::$name>(std::marker::PhantomData))),)*
                _ => None,
            }
        }
    };
}
pub(crate) use fixture;

/// The representations fixture (tests/fixtures/representations): no rule layer.
pub mod representations {
    fixture!(representations_fixture: Frame, Reading, Color, Shape, Command, Value, Signal);

    pub static FIXTURE: super::Fixture = super::Fixture {
        types: TYPE_NAMES,
        probe,
        first_violation: |_, _| Err("the fixture has no rule layer".to_string()),
    };
}

/// Every fixture the runner knows, by the name `--fixture` takes.
pub fn by_name(name: &str) -> Option<&'static Fixture> {
    match name {
        "representations" => Some(&representations::FIXTURE),
        "telemetry" => Some(&crate::telemetry::FIXTURE),
        _ => None,
    }
}
