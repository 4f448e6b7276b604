//! The probes behind REPRESENTATIONS.md: what serde does with the representations fixture's
//! types (src/representations.rs). Every row is run through serde_json at render time.

use std::collections::HashMap;

use crate::findings::{show, wrap};
use crate::representations::*;

struct Section {
    title: &'static str,
    cases: Vec<(&'static str, String)>,
}

fn sec(title: &'static str, ty: &'static str, inputs: &[&str]) -> Section {
    Section {
        title,
        cases: inputs.iter().map(|i| (ty, i.to_string())).collect(),
    }
}

const R: &str = r#""sensorId":"s","value":1.0,"ratio":0.5,"labels":{},"lastSeen":null"#;

fn sections() -> Vec<Section> {
    let long_digits = format!("0.{}1", "0".repeat(400));
    let long_mantissa = format!("1{}", "0".repeat(330));
    let long_exact = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324";
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let mut out = vec![
        sec(
            "Color: externally tagged, unit-only, rename_all lowercase, `#[serde(other)]`",
            "Color",
            &[
                r#""red""#,
                r#""green""#,
                r#""blue""#,
                r#""unknown""#,
                r#""purple""#,
                r#""Red""#,
                r#""RED""#,
                r#""""#,
                r#""r\u0065d""#,
                r#"{"red":null}"#,
                r#"{"purple":null}"#,
                r#"{"purple":1}"#,
                r#"{"red":{}}"#,
                r#"{}"#,
                r#"{"red":null,"blue":null}"#,
                "null",
                "0",
                "1",
                "[]",
                "true",
                r#"["red"]"#,
            ],
        ),
        sec(
            "Shape: internally tagged (`kind`), snake_case, `#[serde(other)]`",
            "Shape",
            &[
                r#"{"kind":"circle","radius":1.0}"#,
                r#"{"radius":1.0,"kind":"circle"}"#,
                r#"{"radius":1,"kind":"circle"}"#,
                r#"{"kind":"circle","radius":1}"#,
                r#"{"kind":"rect","width":1.5,"height":2.0}"#,
                r#"{"width":1.5,"kind":"rect","height":2.0}"#,
                r#"{"kind":"rect","width":0.1,"height":16777217}"#,
                r#"{"kind":"point"}"#,
                r#"{"kind":"point","extra":[1,2]}"#,
                r#"{"kind":"point","extra":1e400}"#,
                r#"{"kind":"point","extra":18446744073709551616}"#,
                r#"{"kind":"point","extra":-0}"#,
                r#"{"kind":"point","extra":"\ud800"}"#,
                r#"{"kind":"point","extra":{"a":[{"b":null}]}}"#,
                r#"{"kind":"circle","radius":1.0,"extra":1e400}"#,
                r#"{"kind":"circle","radius":1.0,"extra":true}"#,
                r#"{"kind":"circle","radius":1.0,"radius":2.0}"#,
                r#"{"kind":"circle","radius":1.0,"kind":"circle"}"#,
                r#"{"kind":"circle","radius":1.0,"kind":"point"}"#,
                r#"{"kind":"point","kind":"circle","radius":1.0}"#,
                r#"{"radius":1.0}"#,
                r#"{}"#,
                r#"{"kind":1}"#,
                r#"{"kind":null}"#,
                r#"{"kind":true}"#,
                r#"{"kind":["circle"]}"#,
                r#"{"kind":"Circle","radius":1.0}"#,
                r#"{"kind":"unknown_thing","x":1}"#,
                r#"{"kind":"unknown_thing"}"#,
                r#"{"kind":"unknown"}"#,
                r#"{"kind":"unknown","x":1e400}"#,
                r#"{"kind":""}"#,
                r#"{"k\u0069nd":"point"}"#,
                r#"{"kind":"p\u006fint"}"#,
                r#"{"kind":"circl\u0065","radius":1.0}"#,
                r#"{"kind":"circle"}"#,
                r#"{"kind":"circle","radius":null}"#,
                r#"{"kind":"circle","radius":"1"}"#,
                r#"{"kind":"circle","radius":1e400}"#,
                r#"{"kind":"circle","radius":-0}"#,
                r#"{"kind":"circle","radius":18446744073709551616}"#,
                r#"{"kind":"rect","width":1e39,"height":1}"#,
                r#"{"kind":"rect","width":3.4028235677973366e38,"height":1}"#,
                r#"{"kind":"rect","width":1.0000000596046448,"height":1}"#,
                r#"{"kind":"rect","width":null,"height":1}"#,
                r#"{"kind":"labeled_reading","sensorId":"s","value":1.0,"ratio":1e39,"labels":{}}"#,
                r#"{"kind":"point","kind":"point"}"#,
                r#"{"kind":"point","extra":01}"#,
                r#"["circle",1.0]"#,
                r#"["circle"]"#,
                r#"["point"]"#,
                r#"["rect",1,2]"#,
                r#"["unknown_thing"]"#,
                r#""point""#,
                r#""circle""#,
                r#"{"point":null}"#,
                "null",
                r#"{"kind":"labeled_reading","sensorId":"s","value":1.0,"ratio":0.5,"labels":{},"lastSeen":null}"#,
                r#"{"kind":"labeled_reading","sensorId":"s","value":1,"ratio":0.5,"labels":{"b":"2","a":"1"}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{},"lastSeen":null,"kind":"labeled_reading"}"#,
                r#"{"kind":"labeled_reading","sensor_id":"s","value":1.0,"ratio":0.5,"labels":{}}"#,
                r#"{"kind":"labeled_reading","sensorId":"s","value":1.0,"ratio":0.5,"labels":{},"kind":"labeled_reading"}"#,
                r#"{"kind":"labeled_reading","sensorId":"s","sensorId":"t","value":1.0,"ratio":0.5,"labels":{}}"#,
                r#"["labeled_reading","s",1.0,0.5,{},null]"#,
            ],
        ),
        sec(
            "Command: adjacently tagged (`t`, `c`), SCREAMING_SNAKE_CASE",
            "Command",
            &[
                r#"{"t":"PING"}"#,
                r#"{"t":"PING","c":null}"#,
                r#"{"t":"PING","c":{}}"#,
                r#"{"t":"PING","c":[]}"#,
                r#"{"t":"PING","c":0}"#,
                r#"{"c":null,"t":"PING"}"#,
                r#"{"t":"PING","x":1}"#,
                r#"{"x":1,"t":"PING"}"#,
                r#"{"t":"PING","t":"PING"}"#,
                r#"{"t":"PING","c":null,"c":null}"#,
                r#"{"t":"SET_SCALE","c":1.5}"#,
                r#"{"t":"SET_SCALE","c":1}"#,
                r#"{"c":1.5,"t":"SET_SCALE"}"#,
                r#"{"t":"SET_SCALE"}"#,
                r#"{"t":"SET_SCALE","c":null}"#,
                r#"{"t":"SET_SCALE","c":1.5,"c":2.5}"#,
                r#"{"t":"SET_SCALE","c":1.5,"t":"SET_SCALE"}"#,
                r#"{"t":"SET_SCALE","c":1.5,"x":1e400}"#,
                r#"{"c":1e400,"t":"PING"}"#,
                r#"{"t":"SET_SCALE","c":1.5,"extra":[1]}"#,
                r#"{"c":{"x":1,"y":2,"z":1e400},"t":"MOVE_TO"}"#,
                r#"{"t":"MOVE_TO","c":{"x":1,"y":2,"z":1e400}}"#,
                r#"{"t":"PING","x":"\ud800"}"#,
                r#"{"c":1.5,"t":"PING"}"#,
                r#"{"c":{"kind":"rect","width":1e39,"height":1},"t":"DRAW"}"#,
                r#"["RETAG",{"a":"red"}]"#,
                r#"["MOVE_TO",{"x":1,"y":2}]"#,
                r#"["SET_SCALE",1.5,1]"#,
                r#"{"t":"MOVE_TO","c":{"x":1.0,"y":2.0}}"#,
                r#"{"t":"MOVE_TO","c":{"y":2,"x":1}}"#,
                r#"{"t":"MOVE_TO","c":[1,2]}"#,
                r#"{"c":{"x":1.0,"y":2.0},"t":"MOVE_TO"}"#,
                r#"{"t":"MOVE_TO","c":{"x":1.0}}"#,
                r#"{"t":"PAINT","c":"red"}"#,
                r#"{"t":"PAINT","c":"purple"}"#,
                r#"{"t":"PAINT","c":{"red":null}}"#,
                r#"{"t":"DRAW","c":{"kind":"point"}}"#,
                r#"{"t":"DRAW","c":{"kind":"hexagon","sides":6}}"#,
                r#"{"c":{"kind":"circle","radius":2},"t":"DRAW"}"#,
                r#"{"t":"RETAG","c":{"b":"red","a":"purple"}}"#,
                r#"{"t":"RETAG","c":{}}"#,
                r#"{"t":"RETAG","c":{"a":"red","a":"blue"}}"#,
                r#"{"t":"NOPE"}"#,
                r#"{"t":"NOPE","c":1}"#,
                r#"{"t":"ping"}"#,
                r#"{"t":1}"#,
                r#"{"c":1}"#,
                r#"{}"#,
                r#"{"\u0074":"PING"}"#,
                r#"{"t":"P\u0049NG"}"#,
                r#"["PING"]"#,
                r#"["SET_SCALE",1.5]"#,
                r#"["SET_SCALE"]"#,
                r#"["PING",null]"#,
                r#"{"PING":null}"#,
                r#""PING""#,
                r#"{"t":"SET_SCALE","c":1.5,}"#,
            ],
        ),
        sec(
            "Value: untagged",
            "Value",
            &[
                "null",
                "true",
                "false",
                "1",
                "1.0",
                "-0",
                "-0.0",
                "0",
                "1e400",
                "-1e400",
                "1e-400",
                "18446744073709551615",
                "18446744073709551616",
                "-9223372036854775808",
                "-9223372036854775809",
                "9007199254740993",
                r#""a\u0000\n\"é😀""#,
                r#""\ud83d\ude00""#,
                r#""\ud800""#,
                "[]",
                "[1,\"a\",null,[true]]",
                r#"{"x":1,"y":2}"#,
                r#"{"y":2,"x":1}"#,
                r#"{"x":1}"#,
                r#"{"x":1,"y":2,"z":3}"#,
                r#"{"x":"1","y":2}"#,
                r#"{}"#,
                r#"{"b":1,"a":{"x":1,"y":2}}"#,
                r#"{"a":1,"a":2}"#,
                r#"{"x":1,"x":2,"y":3}"#,
                r#"{"k\u0065y":1}"#,
                r#"{"\u00e9":1,"e":2,"z":3,"é":4}"#,
                r#"{"x":1,"y":2,"x":3}"#,
                "1.5e3",
                "-1e-400",
                "123456789012345678901234567890",
                r#"{"x":1e400,"y":2}"#,
                r#"[1e400]"#,
                r#"{"a":1e400}"#,
                r#"[1,2"#,
                "tru",
                "01",
                "\"\\q\"",
            ],
        ),
        sec(
            "Reading: rename_all camelCase",
            "Reading",
            &[
                &format!("{{{R}}}"),
                r#"{"sensorId":"s","value":1,"ratio":0.5,"labels":{}}"#,
                r#"{"sensor_id":"s","value":1.0,"ratio":0.5,"labels":{},"lastSeen":null}"#,
                r#"{"SensorId":"s","value":1.0,"ratio":0.5,"labels":{}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{"b":"1","a":"2","":"","é":"e","z":"y"}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{"a":"1","a":"2"}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{"\u0061":"1","a":"2"}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{"a\nb":"1"}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{"a":null}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":[]}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":0.5,"labels":{},"lastSeen":1}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":1e39,"labels":{}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":3.4028235677973366e38,"labels":{}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":3.4028235677973367e38,"labels":{}}"#,
                r#"{"sensorId":"s","value":1.0,"ratio":1e-50,"labels":{}}"#,
                r#"["s",1.0,0.5,{},null]"#,
            ],
        ),
        sec(
            "f64 parsing and writing",
            "f64",
            &[
                "1",
                "1.0",
                "1E5",
                "1e+5",
                "1e5",
                "1e-5",
                "-0",
                "-0.0",
                "0",
                "0.0",
                "1.",
                ".5",
                "01.5",
                "-01",
                "+1",
                "1e400",
                "-1e400",
                "1e-400",
                "1e308",
                "1.7976931348623157e308",
                "1.7976931348623158e308",
                "1.7976931348623159e308",
                "2.2250738585072014e-308",
                "5e-324",
                "2e-324",
                "3e-324",
                "4.9406564584124654e-324",
                "0.1",
                "0.30000000000000004",
                "1e16",
                "1e15",
                "123456789012345678901",
                "1e21",
                "1e22",
                "1e-7",
                "1e-6",
                "0.00001",
                "0.000001",
                "9007199254740993",
                "18446744073709551616",
                "1e0",
                "1E-0",
                "NaN",
                "Infinity",
                "\"1\"",
                "null",
                "2.2250738585072011e-308",
                "0.3",
                "1.4142135623730951",
                "1.00000000000000011102230246251565404236316680908203125",
                "1.00000000000000011102230246251565404236316680908203124",
                &long_digits,
                &long_mantissa,
                long_exact,
            ],
        ),
        sec(
            "f32 parsing and writing",
            "f32",
            &[
                "1",
                "0.1",
                "1e39",
                "-1e39",
                "3.4028235e38",
                "3.4028235677973366e38",
                "3.4028235677973362e38",
                "3.4028236e38",
                "1e-45",
                "1.4e-45",
                "7e-46",
                "8e-46",
                "1e-46",
                "16777216",
                "16777217",
                "0.3",
                "1.0000000596046448",
                "1.00000005960464477539062501",
                "1e400",
                "-0",
            ],
        ),
        sec(
            "maps (BTreeMap probes: what serde's map deserializer does with keys)",
            "BTreeMap<String,String>",
            &[
                r#"{"a":"1","a":"2"}"#,
                r#"{"b":"1","a":"2"}"#,
                r#"{}"#,
                r#"{"\u0061":"1"}"#,
                r#"{"a\"b":"1"}"#,
                r#"{"\ud800":"1"}"#,
            ],
        ),
        sec(
            "Frame",
            "Frame",
            &[
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{},"scale":1.0,"note":null}"#,
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{"b":1,"a":0.1},"scale":1}"#,
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{"a":1e39},"scale":1.0}"#,
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{"a":NaN},"scale":1.0}"#,
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{"a":null},"scale":1.0}"#,
                r#"{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":{},"scale":null}"#,
                r#"{"shape":{"kind":"point"},"color":"red","history":[],"weights":{},"scale":1.0}"#,
            ],
        ),
    ];
    out.push(Section {
        title: "Value: nesting depth (serde_json's recursion limit, 128)",
        cases: vec![("Value", nested(127)), ("Value", nested(128))],
    });
    out
}

/// What serde_json::to_string writes for values built in Rust (not parsed).
pub fn written() -> Vec<(String, String)> {
    fn w<T: serde::Serialize>(label: &str, v: T) -> (String, String) {
        let out = serde_json::to_string(&v).unwrap_or_else(|e| format!("ERR {e}"));
        (label.to_string(), out)
    }
    let reading = Reading {
        sensor_id: "s".into(),
        value: 1.0,
        ratio: 0.5,
        labels: [
            ("b".to_string(), "1".to_string()),
            ("a".to_string(), "2".to_string()),
        ]
        .into_iter()
        .collect(),
        last_seen: None,
    };
    vec![
        w("f64 1.0", 1.0f64),
        w("f64 0.1", 0.1f64),
        w("f64 -0.0", -0.0f64),
        w("f64 1e16", 1e16f64),
        w("f64 1e15", 1e15f64),
        w("f64 1e-7", 1e-7f64),
        w("f64 0.00001", 0.00001f64),
        w("f64 123456789012345680000.0", 123456789012345680000.0f64),
        w("f64 1e21", 1e21f64),
        w("f64 1e22", 1e22f64),
        w("f64 f64::MAX", f64::MAX),
        w("f64 f64::MIN_POSITIVE", f64::MIN_POSITIVE),
        w("f64 5e-324", 5e-324f64),
        w("f64 0.1+0.2", 0.1f64 + 0.2),
        w("f64 NaN", f64::NAN),
        w("f64 inf", f64::INFINITY),
        w("f64 -inf", f64::NEG_INFINITY),
        w("f32 0.1", 0.1f32),
        w("f32 1.0", 1.0f32),
        w("f32 f32::MAX", f32::MAX),
        w("f32 1e-45", 1e-45f32),
        w("f32 16777216.0", 16777216.0f32),
        w("f32 1e16", 1e16f32),
        w("f32 1e-7", 1e-7f32),
        w("f32 1e12", 1e12f32),
        w("f32 1e13", 1e13f32),
        w("f32 1234567.0e6", 1234567.0e6f32),
        w("f32 1e-6", 1e-6f32),
        w("f32 0.00001", 0.00001f32),
        w("f32 NaN", f32::NAN),
        w("Color::Unknown", Color::Unknown),
        w("Shape::Unknown", Shape::Unknown),
        w("Shape::Point", Shape::Point),
        w(
            "Shape::Circle { radius: 1.0 }",
            Shape::Circle { radius: 1.0 },
        ),
        w(
            "Shape::LabeledReading(..)",
            Shape::LabeledReading(reading.clone()),
        ),
        w("Command::Ping", Command::Ping),
        w("Command::SetScale(1.5)", Command::SetScale(1.5)),
        w(
            "Command::Paint(Color::Unknown)",
            Command::Paint(Color::Unknown),
        ),
        w(
            "Command::Draw(Shape::Unknown)",
            Command::Draw(Shape::Unknown),
        ),
        w("Command::Retag({})", Command::Retag(HashMap::new())),
        w("Value::Nothing", Value::Nothing),
        w("Value::Number(1.0)", Value::Number(1.0)),
        w("Value::Number(NaN)", Value::Number(f64::NAN)),
        w("Value::Dict({})", Value::Dict(HashMap::new())),
        w("Value::List([])", Value::List(vec![])),
        w("Reading (labels b, a)", reading),
    ]
}

pub fn render() -> String {
    let mut md = String::new();
    md.push_str(
        "Rendering as in FINDINGS.md: `⟨0xNN⟩` a raw control byte, `⟨U+XXXX⟩` a raw non-ASCII \
         character, \"same\" = serde writes the input back byte for byte.\n",
    );
    md.push_str(&format!(
        "serde_json float_roundtrip feature: {}.\n",
        if cfg!(feature = "float_roundtrip") {
            "on"
        } else {
            "OFF"
        }
    ));
    let mut n = 0;
    for s in sections() {
        md.push_str(&format!("\n### {}\n\n", s.title));
        md.push_str(
            "| # | type | input | serde_json | writes back / error |\n|---|---|---|---|---|\n",
        );
        for (ty, input) in s.cases {
            n += 1;
            let json = json_for(ty).expect("probe type registered");
            let (verdict, detail) = match json(input.as_bytes()) {
                Ok(out) if out == input => ("accept", "same".to_string()),
                Ok(out) => ("accept", show(out.as_bytes())),
                Err(e) => ("**reject**", wrap(&e.replace('|', "\\|"))),
            };
            let shown = if input.len() > 120 {
                show(
                    format!(
                        "{}…({} bytes)…{}",
                        &input[..30],
                        input.len(),
                        &input[input.len() - 30..]
                    )
                    .as_bytes(),
                )
            } else {
                show(input.as_bytes())
            };
            md.push_str(&format!(
                "| {n} | {ty} | {shown} | {verdict} | {detail} |\n"
            ));
        }
    }
    md.push_str("\n### Written by serde_json::to_string (values built in Rust)\n\n| value | JSON |\n|---|---|\n");
    for (label, out) in written() {
        md.push_str(&format!("| {label} | {} |\n", show(out.as_bytes())));
    }
    md
}
