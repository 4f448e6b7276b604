//! `referee driver`: the conformance driver protocol (README, "How a port proves itself"), answered
//! by serde itself. One JSON line in, one JSON line out:
//!
//!   {"type": T, "text": S}   or   {"type": T, "base64": B}   (B: the message's raw bytes)
//!   -> {"ok": true, "canonical": C}      C = serde_json::to_string(serde_json::from_slice::<T>(bytes))
//!   -> {"ok": false, "kind": K, "error": E}
//!
//! K is serde_json's error category (`Syntax`, `Data`, `Eof`, `Io`) and E serde's message; a line
//! the driver cannot read gets K = `BadRequest`, an unknown T gets K = `UnknownType`.

use std::io::{BufRead, BufReader, BufWriter, Write};

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// The message's bytes -> its canonical text, or (serde_json's error category, serde's message).
pub type Driver = fn(&[u8]) -> Result<String, (&'static str, String)>;

pub fn roundtrip<T: DeserializeOwned + Serialize>(input: &[u8]) -> Result<String, (&'static str, String)> {
    let value: T = serde_json::from_slice(input).map_err(|e| (category(&e), e.to_string()))?;
    serde_json::to_string(&value).map_err(|e| ("Serialize", e.to_string()))
}

fn category(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io => "Io",
        Category::Syntax => "Syntax",
        Category::Data => "Data",
        Category::Eof => "Eof",
    }
}

#[derive(Deserialize)]
struct Request {
    #[serde(rename = "type")]
    ty: String,
    text: Option<String>,
    base64: Option<String>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Answer<'a> {
    Ok { ok: bool, canonical: &'a str },
    Err { ok: bool, kind: &'a str, error: &'a str },
}

/// Standard base64 (RFC 4648, `=` padding optional); None on any other character.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn answer(line: &[u8], driver_for: &dyn Fn(&str) -> Option<Driver>) -> String {
    let result = match serde_json::from_slice::<Request>(line) {
        Err(e) => Err(("BadRequest", format!("not a request line: {e}"))),
        Ok(req) => {
            let bytes = match (req.text, req.base64) {
                (Some(t), None) => Ok(t.into_bytes()),
                (None, Some(b)) => base64_decode(&b).ok_or(("BadRequest", "`base64` is not base64".to_string())),
                _ => Err(("BadRequest", "a request has exactly one of `text` and `base64`".to_string())),
            };
            bytes.and_then(|bytes| match driver_for(&req.ty) {
                Some(f) => f(&bytes),
                None => Err(("UnknownType", format!("no type `{}` in this schema", req.ty))),
            })
        }
    };
    let a = match &result {
        Ok(c) => Answer::Ok { ok: true, canonical: c },
        Err((kind, error)) => Answer::Err { ok: false, kind, error },
    };
    serde_json::to_string(&a).expect("an answer serializes")
}

/// Answer every line of stdin; output is flushed whenever stdin has nothing more buffered, so a
/// client may send one line and wait, or stream thousands.
pub fn run(driver_for: &dyn Fn(&str) -> Option<Driver>) -> std::io::Result<()> {
    let mut input = BufReader::with_capacity(1 << 16, std::io::stdin().lock());
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        out.write_all(answer(&line, driver_for).as_bytes())?;
        out.write_all(b"\n")?;
        if input.buffer().is_empty() {
            out.flush()?;
        }
    }
    out.flush()
}
