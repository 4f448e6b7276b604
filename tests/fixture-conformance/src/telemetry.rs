//! The telemetry fixture (tests/fixtures/telemetry: a sensor ↔ collector protocol with newtypes
//! over a UUID, a u64, a string and a timestamp, an `Option<u32>` in a message variant, maps, an
//! f64 and a rule layer) through its generated crate, `sensor-telemetry`: its types by name, its
//! rules, and seeded values of each. Strings, map keys and floats come from the representations
//! sampler; timestamps in every precision chrono writes (and leap seconds, signed years); integers
//! at their boundaries, u64 at most 2^53−1 (what a JavaScript number holds).

use chrono::{DateTime, NaiveDate, Utc};
use sensor_telemetry::validation::{check_sensor_config_rules, check_sensor_info_rules};
use sensor_telemetry::*;

use crate::registry::{fixture, Fixture};
use crate::sample::{Gen, Sample};

fixture!(
    sensor_telemetry: SensorMessage,
    CollectorMessage,
    Uuid,
    Timestamp,
    SensorId,
    SequenceNumber,
    ChannelName,
    ObservedAt,
    Unit,
    Mode,
    Severity,
    Measurement,
    SensorInfo,
    SensorConfig,
    Fault,
);

pub static FIXTURE: Fixture = Fixture {
    types: TYPE_NAMES,
    probe,
    first_violation,
};

/// The generated crate's rule layer: the first rule the value breaks, as `validate_*` reports it.
fn first_violation(type_name: &str, bytes: &[u8]) -> Result<Option<(String, String)>, String> {
    let violations = match type_name {
        "SensorInfo" => check_sensor_info_rules(&serde_json::from_slice(bytes).map_err(|e| e.to_string())?),
        "SensorConfig" => check_sensor_config_rules(&serde_json::from_slice(bytes).map_err(|e| e.to_string())?),
        other => return Err(format!("{other} has no rule layer")),
    };
    Ok(violations.into_iter().next().map(|v| (v.field, v.message)))
}

/// The largest integer a JavaScript number holds exactly: the TypeScript package rejects larger u64 values.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// An integer of a type: half the time one of its boundaries (or 0 and 1), else any bits.
macro_rules! int {
    ($g:expr, $t:ty) => {{
        let g: &mut Gen = $g;
        if g.one_in(2) {
            g.pick(&[<$t>::MIN, <$t>::MIN.saturating_add(1), 0, 1, <$t>::MAX - 1, <$t>::MAX])
        } else {
            g.next() as $t
        }
    }};
}

fn option<T>(g: &mut Gen, value: impl FnOnce(&mut Gen) -> T) -> Option<T> {
    if g.one_in(3) {
        None
    } else {
        Some(value(g))
    }
}

fn list<T>(g: &mut Gen, mut value: impl FnMut(&mut Gen) -> T) -> Vec<T> {
    (0..g.below(4)).map(|_| value(g)).collect()
}

impl Sample for Uuid {
    /// Any bits: the nil and max UUIDs, and every version and variant.
    fn sample(g: &mut Gen) -> Self {
        match g.below(8) {
            0 => Uuid::nil(),
            1 => Uuid::from_u128(u128::MAX),
            _ => Uuid::from_u128(u128::from(g.next()) << 64 | u128::from(g.next())),
        }
    }
}

impl Sample for DateTime<Utc> {
    fn sample(g: &mut Gen) -> Self {
        let year = if g.one_in(8) {
            g.pick(&[-262_144, -1, 0, 1, 9_999, 10_000, 262_143])
        } else {
            1970 + g.below(130) as i32
        };
        let date = NaiveDate::from_ymd_opt(year, 1 + g.below(12) as u32, 1 + g.below(28) as u32).expect("days 1-28 exist in every month");
        let (hour, minute) = (g.below(24) as u32, g.below(60) as u32);
        // Every precision chrono writes (none, 3, 6 or 9 digits), and a leap second (written :60).
        let (second, nano) = match g.below(5) {
            0 => (g.below(60), 0),
            1 => (g.below(60), g.below(1_000) * 1_000_000),
            2 => (g.below(60), g.below(1_000_000) * 1_000),
            3 => (g.below(60), g.below(1_000_000_000)),
            _ => (59, 1_000_000_000 + g.below(1_000_000_000)),
        };
        let time = date.and_hms_nano_opt(hour, minute, second as u32, nano as u32).expect("a valid time of day");
        DateTime::from_utc(time, Utc)
    }
}

impl Sample for SensorId {
    fn sample(g: &mut Gen) -> Self {
        SensorId::from(Uuid::sample(g))
    }
}

impl Sample for SequenceNumber {
    fn sample(g: &mut Gen) -> Self {
        let n = if g.one_in(2) {
            g.pick(&[0, 1, u64::from(u32::MAX), u64::from(u32::MAX) + 1, MAX_SAFE_INTEGER - 1, MAX_SAFE_INTEGER])
        } else {
            g.below(MAX_SAFE_INTEGER + 1)
        };
        SequenceNumber::from(n)
    }
}

impl Sample for ChannelName {
    fn sample(g: &mut Gen) -> Self {
        ChannelName::from(g.string())
    }
}

impl Sample for ObservedAt {
    fn sample(g: &mut Gen) -> Self {
        ObservedAt::from(DateTime::<Utc>::sample(g))
    }
}

impl Sample for Unit {
    fn sample(g: &mut Gen) -> Self {
        [Unit::Celsius, Unit::Percent, Unit::Pascal, Unit::Volt][g.variant(4)]
    }
}

impl Sample for Mode {
    fn sample(g: &mut Gen) -> Self {
        [Mode::Normal, Mode::LowPower, Mode::Burst][g.variant(3)]
    }
}

impl Sample for Severity {
    fn sample(g: &mut Gen) -> Self {
        [Severity::Warning, Severity::Critical][g.variant(2)]
    }
}

impl Sample for Measurement {
    fn sample(g: &mut Gen) -> Self {
        Measurement {
            channel: ChannelName::sample(g),
            value: g.f64(),
            unit: Unit::sample(g),
            valid: g.one_in(2),
        }
    }
}

impl Sample for SensorInfo {
    fn sample(g: &mut Gen) -> Self {
        SensorInfo {
            model: g.string(),
            firmware: g.string(),
            channels: list(g, ChannelName::sample),
            labels: g.map(Gen::string),
            max_rate_hz: int!(g, u16),
        }
    }
}

impl Sample for SensorConfig {
    fn sample(g: &mut Gen) -> Self {
        SensorConfig {
            mode: Mode::sample(g),
            interval_ms: int!(g, u32),
            thresholds: g.map(Gen::f64),
            channels: list(g, |g| int!(g, u8)),
            calibration_offset: option(g, |g| int!(g, i32)),
            label: option(g, Gen::string),
        }
    }
}

impl Sample for Fault {
    fn sample(g: &mut Gen) -> Self {
        Fault {
            code: int!(g, i16),
            severity: Severity::sample(g),
            detail: g.string(),
            since: option(g, DateTime::<Utc>::sample),
        }
    }
}

impl Sample for SensorMessage {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(4) {
            0 => SensorMessage::Hello {
                sensor_id: SensorId::sample(g),
                info: SensorInfo::sample(g),
                protocol_version: int!(g, u32),
            },
            1 => SensorMessage::Readings {
                sensor_id: SensorId::sample(g),
                sequence: SequenceNumber::sample(g),
                observed_at: ObservedAt::sample(g),
                samples: list(g, Measurement::sample),
                battery_percent: option(g, |g| int!(g, u32)),
            },
            2 => SensorMessage::Fault(Fault::sample(g)),
            _ => SensorMessage::Goodbye,
        }
    }
}

impl Sample for CollectorMessage {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(6) {
            0 => CollectorMessage::Welcome {
                session: Uuid::sample(g),
                accepted_version: int!(g, u32),
                server_time: DateTime::<Utc>::sample(g),
            },
            1 => CollectorMessage::Configure(SensorConfig::sample(g)),
            2 => CollectorMessage::Ack {
                sequence: SequenceNumber::sample(g),
            },
            3 => CollectorMessage::Reject(g.string()),
            4 => CollectorMessage::Pause,
            _ => CollectorMessage::Resume,
        }
    }
}
