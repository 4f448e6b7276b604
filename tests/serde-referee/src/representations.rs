//! The types of tests/fixtures/representations/schema.json, written by hand: every serde enum
//! representation, rename_all, f32/f64, HashMap<String, T> and open enums (`#[serde(other)]`).
//! A HashMap is written through `sorted`, so its keys come out in ascending UTF-8 byte order
//! (what serde writes for a BTreeMap): the project's canonical order for maps.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize, Serializer};

/// Serialize a map with its keys in ascending byte order (String's Ord is byte order).
fn sorted<S: Serializer, V: Serialize>(map: &HashMap<String, V>, s: S) -> Result<S::Ok, S::Error> {
    map.iter().collect::<BTreeMap<_, _>>().serialize(s)
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Frame {
    pub shape: Shape,
    pub color: Color,
    pub value: Value,
    pub history: Vec<Command>,
    #[serde(serialize_with = "sorted")]
    pub weights: HashMap<String, f32>,
    pub scale: f64,
    pub note: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    pub sensor_id: String,
    pub value: f64,
    pub ratio: f32,
    #[serde(serialize_with = "sorted")]
    pub labels: HashMap<String, String>,
    pub last_seen: Option<f64>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "lowercase")]
pub enum Color {
    Red,
    Green,
    Blue,
    #[serde(other)]
    Unknown,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    Circle {
        radius: f64,
    },
    Rect {
        width: f32,
        height: f32,
    },
    Point,
    LabeledReading(Reading),
    #[serde(other)]
    Unknown,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "t", content = "c", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Command {
    Ping,
    SetScale(f64),
    MoveTo { x: f64, y: f64 },
    Paint(Color),
    Draw(Shape),
    Retag(#[serde(serialize_with = "sorted")] HashMap<String, Color>),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(tag = "op", content = "arg")]
pub enum Signal {
    Start(u32),
    Stop,
    #[serde(other)]
    Unknown,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum Value {
    Nothing,
    Flag(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Point { x: f64, y: f64 },
    Dict(#[serde(serialize_with = "sorted")] HashMap<String, Value>),
}

fn roundtrip<T: serde::de::DeserializeOwned + Serialize>(input: &[u8]) -> Result<String, String> {
    let value: T = serde_json::from_slice(input).map_err(|e| e.to_string())?;
    serde_json::to_string(&value).map_err(|e| format!("serialize failed: {e}"))
}

/// JSON text → serde_json::to_string of the parsed value, or serde_json's error text.
pub type Json = fn(&[u8]) -> Result<String, String>;

macro_rules! table {
    ($($name:literal => $ty:ty),* $(,)?) => {
        /// The fixture's type names, plus probe types for floats and maps.
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
    "Frame" => Frame,
    "Reading" => Reading,
    "Color" => Color,
    "Shape" => Shape,
    "Command" => Command,
    "Value" => Value,
    "Signal" => Signal,
    // probes
    "f64" => f64,
    "f32" => f32,
    "Option<f64>" => Option<f64>,
    "Vec<f64>" => Vec<f64>,
    "Vec<f32>" => Vec<f32>,
    "BTreeMap<String,f32>" => BTreeMap<String, f32>,
    "BTreeMap<String,String>" => BTreeMap<String, String>,
}
