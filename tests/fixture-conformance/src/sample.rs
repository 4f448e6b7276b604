//! Fresh values of every representations fixture type, from a seeded generator: the same seed writes the same values
//! on every machine. Floats favour what ryu and serde_json spell specially (integers, exponents,
//! subnormals, the extremes, negative zero); map keys mix escapes, non-ASCII and pairs whose UTF-16
//! order differs from their UTF-8 byte order; unions nest.

use std::collections::HashMap;

use representations_fixture::*;

pub use crate::gen::Gen;

/// How deep a `Value` nests before it must be a scalar.
const MAX_DEPTH: usize = 3;

impl Gen {
    fn char(&mut self) -> char {
        const PALETTE: &[char] = &[
            'a',
            'z',
            'Q',
            '0',
            ' ',
            '-',
            '"',
            '\\',
            '\n',
            '\r',
            '\t',
            '\u{8}',
            '\u{c}',
            '\u{0}',
            '\u{1f}',
            '\u{7f}',
            '\u{80}',
            'é',
            '中',
            '\u{2028}',
            '\u{e000}',
            '\u{fffd}',
            '\u{ffff}',
            '😀',
            '\u{10000}',
            '\u{10ffff}',
        ];
        if self.one_in(4) {
            loop {
                if let Some(c) = char::from_u32(self.below(0x11_0000) as u32) {
                    return c;
                }
            }
        }
        self.pick(PALETTE)
    }

    pub(crate) fn string(&mut self) -> String {
        let len = self.below(8);
        (0..len).map(|_| self.char()).collect()
    }

    /// A map key: often one of a few that sort differently by UTF-16 code unit (JavaScript's
    /// default sort) than by UTF-8 byte ("\u{fffd}" before "😀" in bytes, after it in UTF-16).
    fn key(&mut self) -> String {
        const KEYS: &[&str] = &[
            "",
            "a",
            "A",
            "x",
            "y",
            "\"",
            "\\",
            "\n",
            "\u{7f}",
            "é",
            "\u{e000}",
            "\u{fffd}",
            "\u{ffff}",
            "😀",
            "\u{10000}",
            "a😀",
            "a\u{fffd}",
        ];
        if self.one_in(2) {
            self.pick(KEYS).to_string()
        } else {
            self.string()
        }
    }

    /// 0 to 5 entries; one map in four holds both "\u{fffd}" and "😀", whose orders disagree.
    pub(crate) fn map<V>(&mut self, mut value: impl FnMut(&mut Self) -> V) -> HashMap<String, V> {
        let mut out = HashMap::new();
        if self.one_in(4) {
            for key in ["😀", "\u{fffd}"] {
                let v = value(self);
                out.insert(key.to_string(), v);
            }
        }
        for _ in 0..self.below(6) {
            let key = self.key();
            let v = value(self);
            out.insert(key, v);
        }
        out
    }

    /// Finite f64 bits in every region ryu spells differently.
    pub(crate) fn f64(&mut self) -> f64 {
        const SPECIAL: &[f64] = &[
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.3,
            1.5e300,
            1e15,
            1e16,
            1e17,
            1e21,
            1e22,
            1e-7,
            123_456_789.0,
            9_007_199_254_740_992.0,
            9_007_199_254_740_993.0,
            5e-324,
            2.2250738585072014e-308,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
        ];
        match self.below(6) {
            0 => self.pick(SPECIAL),
            // Exactly halfway between two shortest spellings (k.75: "k.7" and "k.8" both read back):
            // ryu breaks the tie to the even digit.
            5 => ((1u64 << 50) + self.below(1 << 50)) as f64 + self.pick(&[0.25, 0.75]),
            1 => loop {
                let x = f64::from_bits(self.next());
                if x.is_finite() {
                    return x;
                }
            },
            2 => {
                let x = self.below(1 << 54) as f64;
                if self.one_in(2) {
                    -x
                } else {
                    x
                }
            }
            3 => {
                let digits = self.below(10_000_000_000) + 1;
                let exponent = self.below(80) as i64 - 40;
                let sign = if self.one_in(2) { "-" } else { "" };
                format!("{sign}{digits}e{exponent}").parse().expect("a decimal literal")
            }
            _ => (self.below(2_000_001) as f64 - 1_000_000.0) / 1000.0,
        }
    }

    /// Finite f32 bits, the same regions at f32's scale.
    fn f32(&mut self) -> f32 {
        const SPECIAL: &[f32] = &[
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.3,
            16_777_216.0,
            16_777_217.0,
            1e-7,
            1e7,
            1e8,
            3.4e38,
            1e-45,
            1.175_494_4e-38,
            f32::MAX,
            f32::MIN,
            f32::EPSILON,
        ];
        match self.below(6) {
            0 => self.pick(SPECIAL),
            5 => ((1u32 << 21) + self.below(1 << 21) as u32) as f32 + self.pick(&[0.25, 0.75]),
            1 => loop {
                let x = f32::from_bits(self.next() as u32);
                if x.is_finite() {
                    return x;
                }
            },
            2 => {
                let x = self.below(1 << 25) as f32;
                if self.one_in(2) {
                    -x
                } else {
                    x
                }
            }
            3 => {
                let digits = self.below(100_000_000) + 1;
                let exponent = self.below(60) as i64 - 30;
                format!("{digits}e{exponent}").parse().expect("a decimal literal")
            }
            _ => (self.below(20_001) as f32 - 10_000.0) / 100.0,
        }
    }
}

/// A value the generator can make up.
pub trait Sample: Sized {
    fn sample(g: &mut Gen) -> Self;
}

impl Sample for Frame {
    fn sample(g: &mut Gen) -> Self {
        Frame {
            shape: Shape::sample(g),
            color: Color::sample(g),
            value: Value::sample(g),
            history: (0..g.below(4)).map(|_| Command::sample(g)).collect(),
            weights: g.map(Gen::f32),
            scale: g.f64(),
            note: if g.one_in(3) { None } else { Some(g.string()) },
        }
    }
}

impl Sample for Reading {
    fn sample(g: &mut Gen) -> Self {
        Reading {
            sensor_id: g.string(),
            value: g.f64(),
            ratio: g.f32(),
            labels: g.map(Gen::string),
            last_seen: if g.one_in(3) { None } else { Some(g.f64()) },
        }
    }
}

impl Sample for Color {
    fn sample(g: &mut Gen) -> Self {
        [Color::Red, Color::Green, Color::Blue, Color::Unknown][g.variant(4)]
    }
}

impl Sample for Shape {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(5) {
            0 => Shape::Circle { radius: g.f64() },
            1 => Shape::Rect {
                width: g.f32(),
                height: g.f32(),
            },
            2 => Shape::Point,
            3 => Shape::LabeledReading(Reading::sample(g)),
            _ => Shape::Unknown,
        }
    }
}

impl Sample for Command {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(6) {
            0 => Command::Ping,
            1 => Command::SetScale(g.f64()),
            2 => Command::MoveTo { x: g.f64(), y: g.f64() },
            3 => Command::Paint(Color::sample(g)),
            4 => Command::Draw(Shape::sample(g)),
            _ => Command::Retag(g.map(Color::sample)),
        }
    }
}

impl Sample for Signal {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(3) {
            0 => Signal::Start(g.pick(&[0, 1, u32::MAX, 4_000_000_000])),
            1 => Signal::Stop,
            _ => Signal::Unknown,
        }
    }
}

impl Sample for Value {
    fn sample(g: &mut Gen) -> Self {
        // Past MAX_DEPTH only the scalar variants (the first four).
        let count = if g.depth >= MAX_DEPTH { 4 } else { 7 };
        g.depth += 1;
        let value = match g.variant(count) {
            0 => Value::Nothing,
            1 => Value::Flag(g.one_in(2)),
            2 => Value::Number(g.f64()),
            3 => Value::Text(g.string()),
            4 => Value::List((0..g.below(4)).map(|_| Value::sample(g)).collect()),
            5 => Value::Point { x: g.f64(), y: g.f64() },
            _ => {
                let mut dict = g.map(Value::sample);
                // Untagged: serde tries Point before Dict, and Point ignores other keys, so a dict
                // with numbers at "x" and "y" reads back as a Point. Keep the dict a dict.
                if matches!((dict.get("x"), dict.get("y")), (Some(Value::Number(_)), Some(Value::Number(_)))) {
                    dict.remove("y");
                }
                Value::Dict(dict)
            }
        };
        g.depth -= 1;
        value
    }
}
