//! Fresh values of every claw-proto type, from a seeded generator: the same seed writes the same
//! values on every machine. Strings mix JSON escapes, control characters and non-ASCII; timestamps
//! come in every precision chrono writes (and leap seconds); integers favour their boundaries.

use chrono::{DateTime, NaiveDate, Utc};
use claw_proto::*;

/// The largest integer a JavaScript number holds exactly: the TypeScript package rejects larger
/// u64 values (README, "The wire format"), so fresh u64 values stay at or below it.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

pub use crate::gen::Gen;

impl Gen {
    fn char(&mut self) -> char {
        const PALETTE: &[char] = &[
            'a',
            'z',
            'Q',
            '0',
            '9',
            ' ',
            '-',
            '.',
            ':',
            '/',
            '"',
            '\\',
            '\n',
            '\r',
            '\t',
            '\u{8}',
            '\u{c}',
            '\u{0}',
            '\u{1}',
            '\u{b}',
            '\u{1f}',
            '\u{7f}',
            '\u{80}',
            'é',
            'ß',
            '中',
            '\u{2028}',
            '\u{2029}',
            '\u{feff}',
            '\u{fffe}',
            '\u{ffff}',
            '😀',
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
}

/// A value the generator can make up, and the spec's rule layer for the types that have one.
pub trait Sample: Sized {
    fn sample(g: &mut Gen) -> Self;

    fn rules(&self) -> Option<Vec<ValidationError>> {
        None
    }
}

fn s<T: Sample>(g: &mut Gen) -> T {
    T::sample(g)
}

impl Sample for String {
    fn sample(g: &mut Gen) -> Self {
        let len = g.below(10);
        (0..len).map(|_| g.char()).collect()
    }
}

impl Sample for bool {
    fn sample(g: &mut Gen) -> Self {
        g.one_in(2)
    }
}

impl Sample for u16 {
    fn sample(g: &mut Gen) -> Self {
        if g.one_in(2) {
            g.pick(&[0, 1, 80, 443, u16::MAX - 1, u16::MAX])
        } else {
            g.next() as u16
        }
    }
}

impl Sample for u32 {
    fn sample(g: &mut Gen) -> Self {
        if g.one_in(2) {
            g.pick(&[0, 1, 64, 65, 1_024_000, 1_024_001, u32::MAX - 1, u32::MAX])
        } else {
            g.next() as u32
        }
    }
}

impl Sample for u64 {
    fn sample(g: &mut Gen) -> Self {
        if g.one_in(2) {
            g.pick(&[
                0,
                1,
                1_048_576,
                1_048_577,
                4_194_304,
                4_194_305,
                1 << 32,
                MAX_SAFE_INTEGER - 1,
                MAX_SAFE_INTEGER,
            ])
        } else {
            g.below(MAX_SAFE_INTEGER + 1)
        }
    }
}

impl Sample for i32 {
    fn sample(g: &mut Gen) -> Self {
        if g.one_in(2) {
            g.pick(&[i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX])
        } else {
            g.next() as i32
        }
    }
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

impl<T: Sample> Sample for Option<T> {
    fn sample(g: &mut Gen) -> Self {
        if g.one_in(3) {
            None
        } else {
            Some(s(g))
        }
    }
}

impl<T: Sample> Sample for Vec<T> {
    fn sample(g: &mut Gen) -> Self {
        let len = g.below(4);
        (0..len).map(|_| s(g)).collect()
    }
}

impl<A: Sample, B: Sample> Sample for (A, B) {
    fn sample(g: &mut Gen) -> Self {
        (s(g), s(g))
    }
}

impl Sample for NodeId {
    fn sample(g: &mut Gen) -> Self {
        NodeId::from(Uuid::sample(g))
    }
}

impl Sample for WorkloadId {
    fn sample(g: &mut Gen) -> Self {
        WorkloadId::from(Uuid::sample(g))
    }
}

impl Sample for NodeMessage {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(5) {
            0 => Self::Register {
                node_id: s(g),
                name: s(g),
                capabilities: s(g),
                protocol_version: s(g),
            },
            1 => Self::Heartbeat {
                node_id: s(g),
                timestamp: s(g),
            },
            2 => Self::Metrics {
                node_id: s(g),
                gpu_metrics: s(g),
                timestamp: s(g),
            },
            3 => Self::WorkloadUpdate {
                workload_id: s(g),
                state: s(g),
                message: s(g),
                timestamp: s(g),
            },
            _ => Self::WorkloadLogs {
                workload_id: s(g),
                lines: s(g),
                is_stderr: s(g),
            },
        }
    }
}

impl Sample for GatewayMessage {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(8) {
            0 => Self::Registered {
                heartbeat_interval_secs: s(g),
                metrics_interval_secs: s(g),
                config: s(g),
            },
            1 => Self::HeartbeatAck { timestamp: s(g) },
            2 => Self::DeployWorkload { workload: s(g) },
            3 => Self::StopWorkload {
                workload_id: s(g),
                force: s(g),
            },
            4 => Self::GetWorkloadStatus { workload_id: s(g) },
            5 => Self::UpdateConfig { config: s(g) },
            6 => Self::Ping { timestamp: s(g) },
            _ => Self::Shutdown { reason: s(g), graceful: s(g) },
        }
    }
}

impl Sample for NodeCapabilities {
    fn sample(g: &mut Gen) -> Self {
        Self {
            total_vram_mb: s(g),
            gpu_count: s(g),
            gpus: s(g),
            max_concurrent_workloads: s(g),
            supported_runtimes: s(g),
        }
    }
}

impl Sample for GpuCapability {
    fn sample(g: &mut Gen) -> Self {
        Self {
            index: s(g),
            name: s(g),
            vram_mb: s(g),
            compute_capability: s(g),
            driver_version: s(g),
        }
    }
}

impl Sample for GpuMetricsProto {
    fn sample(g: &mut Gen) -> Self {
        Self {
            index: s(g),
            utilization_percent: s(g),
            memory_used_mb: s(g),
            memory_total_mb: s(g),
            temperature_celsius: s(g),
            power_watts: s(g),
        }
    }
}

impl Sample for WorkloadState {
    fn sample(g: &mut Gen) -> Self {
        use WorkloadState::*;
        [Pending, Pulling, Starting, Running, Stopping, Stopped, Failed, Completed][g.variant(8)]
    }
}

impl Sample for Workload {
    fn sample(g: &mut Gen) -> Self {
        Self {
            id: s(g),
            name: s(g),
            spec: s(g),
            status: s(g),
            created_at: s(g),
            updated_at: s(g),
        }
    }
}

impl Sample for WorkloadSpec {
    fn sample(g: &mut Gen) -> Self {
        Self {
            image: image(g),
            command: s(g),
            args: s(g),
            env: s(g),
            // Half the time within the spec's rule table, so values pass it too.
            gpu_count: if g.one_in(2) { g.below(65) as u32 } else { s(g) },
            gpu_memory_mb: if g.one_in(2) { Some(g.below(1_048_577)) } else { s(g) },
            cpu_millicores: if g.one_in(2) { Some(g.below(1_024_001) as u32) } else { s(g) },
            memory_mb: if g.one_in(2) { Some(g.below(4_194_305)) } else { s(g) },
            ports: if g.one_in(2) { vec![1 + g.below(65_535) as u16] } else { s(g) },
            volumes: s(g),
            restart_policy: s(g),
        }
    }

    fn rules(&self) -> Option<Vec<ValidationError>> {
        Some(validation::check_workload_spec_rules(self))
    }
}

/// Image references near the grammar's edges: mostly valid pieces, each sometimes swapped for one
/// that breaks the grammar, so both ports' checkers get compared on both sides of the line.
fn image(g: &mut Gen) -> String {
    fn piece(g: &mut Gen, valid: &[&'static str], invalid: &[&'static str]) -> String {
        if g.one_in(4) { g.pick(invalid) } else { g.pick(valid) }.to_string()
    }
    if g.one_in(10) {
        return s(g);
    }
    let mut out = String::new();
    if g.one_in(2) {
        out += &piece(
            g,
            &["localhost:5000", "registry.example.com", "Reg-1.io", "a.b.c:1"],
            &["-bad.io", "bad-.io", "host:", "host:x1", "[::1]:5000", ""],
        );
        out.push('/');
    }
    for i in 0..1 + g.below(3) {
        if i > 0 {
            out.push('/');
        }
        out += &piece(
            g,
            &["nginx", "library", "a", "0", "my_app", "my__app", "a.b", "a--b", "a-b_c.d"],
            &["my___app", "_x", "x-", "Upper", "ünï", ""],
        );
    }
    let long_tag = "x".repeat(128);
    if g.one_in(2) {
        out.push(':');
        out += &if g.one_in(8) {
            long_tag.clone()
        } else {
            piece(g, &["latest", "1.25", "v1.0-rc_1", "_x"], &["", ".x", "a b"])
        };
        if g.one_in(8) {
            out.push('x'); // 129 characters, or one more on a short tag
        }
    }
    if g.one_in(5) {
        let hex: String = (0..64).map(|_| g.pick(&['0', '9', 'a', 'f'])).collect();
        out += &piece(g, &["@sha256:"], &["@sha512:", "@"]);
        out += &match g.below(6) {
            0 => hex.to_uppercase(),
            1 => hex[1..].to_string(),
            _ => hex,
        };
    }
    out
}

impl Sample for VolumeMount {
    fn sample(g: &mut Gen) -> Self {
        Self {
            host_path: s(g),
            container_path: s(g),
            read_only: s(g),
        }
    }
}

impl Sample for RestartPolicy {
    fn sample(g: &mut Gen) -> Self {
        use RestartPolicy::*;
        [Never, OnFailure, Always][g.variant(3)]
    }
}

impl Sample for WorkloadStatus {
    fn sample(g: &mut Gen) -> Self {
        Self {
            state: s(g),
            node_id: s(g),
            started_at: s(g),
            finished_at: s(g),
            exit_code: s(g),
            message: s(g),
        }
    }
}

impl Sample for NodeConfig {
    fn sample(g: &mut Gen) -> Self {
        Self {
            heartbeat_interval_secs: s(g),
            metrics_interval_secs: s(g),
            max_concurrent_workloads: s(g),
            log_level: s(g),
        }
    }
}

impl Sample for WorkloadEvent {
    fn sample(g: &mut Gen) -> Self {
        Self {
            kind: s(g),
            workload_id: s(g),
            metadata: s(g),
            timestamp: s(g),
        }
    }
}

impl Sample for WorkloadEventKind {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(6) {
            0 => Self::Created,
            1 => Self::Scheduled { node_id: s(g) },
            2 => Self::Started,
            3 => Self::Stopped { reason: s(g) },
            4 => Self::Failed { error: s(g) },
            _ => Self::Completed { exit_code: s(g) },
        }
    }
}

impl Sample for EventMetadata {
    fn sample(g: &mut Gen) -> Self {
        Self {
            source: s(g),
            correlation_id: s(g),
            labels: s(g),
        }
    }
}

impl Sample for ValidationError {
    fn sample(g: &mut Gen) -> Self {
        Self { field: s(g), message: s(g) }
    }
}

impl Sample for ProtoError {
    fn sample(g: &mut Gen) -> Self {
        match g.variant(4) {
            0 => Self::InvalidMessage(s(g)),
            1 => Self::ValidationError(s(g)),
            2 => Self::SerializationError(s(g)),
            _ => Self::UnknownMessageType(s(g)),
        }
    }
}
