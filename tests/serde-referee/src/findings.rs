//! The probes behind FINDINGS.md: every row is run through serde_json at render time.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use crate::types::*;
use crate::{hex, ops_for};

const U: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

struct Section {
    title: &'static str,
    cases: Vec<(&'static str, Vec<u8>)>,
}

fn s(ty: &'static str, input: &str) -> (&'static str, Vec<u8>) {
    (ty, input.as_bytes().to_vec())
}

fn b(ty: &'static str, input: &[u8]) -> (&'static str, Vec<u8>) {
    (ty, input.to_vec())
}

/// A JSON string literal around `inner` (inner is written as-is, escapes included).
fn q(inner: &str) -> String {
    format!("\"{inner}\"")
}

fn sections() -> Vec<Section> {
    let mut out = Vec::new();

    out.push(Section {
        title: "Integers",
        cases: vec![
            s("u32", "0"),
            s("u32", "-0"),
            s("u32", "-0.0"),
            s("u32", "1.0"),
            s("u32", "0.0"),
            s("u32", "1e2"),
            s("u32", "1E2"),
            s("u32", "1e0"),
            s("u32", "00"),
            s("u32", "01"),
            s("u32", "+1"),
            s("u32", "-1"),
            s("u32", "1.5"),
            s("u32", "4294967295"),
            s("u32", "4294967296"),
            s("u32", "1e400"),
            s("u32", "\"1\""),
            s("u32", "NaN"),
            s("u32", "0x10"),
            s("u32", "00000000000000000000001"),
            s("u32", "100000000000000000000000000000"),
            s("i32", "-2147483648"),
            s("i32", "-2147483649"),
            s("i32", "2147483647"),
            s("i32", "2147483648"),
            s("i32", "-0"),
            s("i32", "-1"),
            s("i32", "-1.0"),
            s("u64", "18446744073709551615"),
            s("u64", "18446744073709551616"),
            s("u64", "9007199254740993"),
            s("u64", "1e19"),
            s("u16", "65535"),
            s("u16", "65536"),
            s("bool", "true"),
            s("bool", "1"),
            s("bool", "\"true\""),
            s("bool", "True"),
        ],
    });

    out.push(Section {
        title: "Unit enum WorkloadState / RestartPolicy",
        cases: vec![
            s("WorkloadState", "\"Pending\""),
            s("WorkloadState", "{\"Pending\":null}"),
            s("WorkloadState", "{\"Pending\" : null }"),
            s("WorkloadState", "{\"Pending\":{}}"),
            s("WorkloadState", "{\"Pending\":[]}"),
            s("WorkloadState", "{\"Pending\":0}"),
            s("WorkloadState", "{}"),
            s("WorkloadState", "{\"Pending\":null,\"Running\":null}"),
            s("WorkloadState", "\"pending\""),
            s("WorkloadState", "\"Pending \""),
            s("WorkloadState", "\"P\\u0065nding\""),
            s("WorkloadState", "\"Nope\""),
            s("WorkloadState", "[\"Pending\"]"),
            s("WorkloadState", "0"),
            s("WorkloadState", "null"),
            s("RestartPolicy", "\"OnFailure\""),
            s("RestartPolicy", "\"on_failure\""),
            s("Option<u32>", "null"),
            s("Option<u32>", "7"),
            s("Option<u32>", "[7]"),
            s("Option<u32>", "{\"Some\":7}"),
        ],
    });

    out.push(Section {
        title: "Struct / newtype enum variants (WorkloadEventKind, ProtoError, NodeMessage)",
        cases: vec![
            s("WorkloadEventKind", "\"Created\""),
            s("WorkloadEventKind", "{\"Created\":null}"),
            s("WorkloadEventKind", "{\"Created\":{}}"),
            s("WorkloadEventKind", "\"Scheduled\""),
            s("WorkloadEventKind", "{\"Scheduled\":null}"),
            s("WorkloadEventKind", "{\"Scheduled\":{}}"),
            s("WorkloadEventKind", &format!("{{\"Scheduled\":{{\"node_id\":\"{U}\"}}}}")),
            s("WorkloadEventKind", &format!("{{\"Scheduled\":[\"{U}\"]}}")),
            s("WorkloadEventKind", &format!("{{\"Scheduled\":[\"{U}\",1]}}")),
            s("WorkloadEventKind", &format!("{{\"Scheduled\":\"{U}\"}}")),
            s("WorkloadEventKind", "{\"Completed\":{\"exit_code\":1,\"extra\":2}}"),
            s("WorkloadEventKind", "{\"Completed\":{\"exit_code\":1,\"exit_code\":2}}"),
            s("WorkloadEventKind", "{\"Completed\":{\"exit_code\":-1}}"),
            s("WorkloadEventKind", "{\"Completed\":{\"exit_code\":1.0}}"),
            s("WorkloadEventKind", "{\"Completed\":[1]}"),
            s("WorkloadEventKind", "{\"Completed\":{\"exit_code\":1},\"Started\":null}"),
            s("ProtoError", "{\"InvalidMessage\":\"x\"}"),
            s("ProtoError", "\"InvalidMessage\""),
            s("ProtoError", "{\"InvalidMessage\":null}"),
            s("ProtoError", "{\"InvalidMessage\":[\"x\"]}"),
            s("ProtoError", "{\"InvalidMessage\":1}"),
            s(
                "NodeMessage",
                &format!(
                    "{{\"Heartbeat\":{{\"node_id\":\"{U}\",\"timestamp\":\"2024-01-02T03:04:05Z\"}}}}"
                ),
            ),
            s(
                "NodeMessage",
                &format!(
                    "{{\"Heartbeat\":{{\"timestamp\":\"2024-01-02T03:04:05Z\",\"node_id\":\"{U}\"}}}}"
                ),
            ),
            s(
                "NodeMessage",
                &format!("{{\"Heartbeat\":[\"{U}\",\"2024-01-02T03:04:05Z\"]}}"),
            ),
            s(
                "NodeMessage",
                &format!(
                    "{{\"Heartbeat\":{{\"node_id\":\"{U}\",\"timestamp\":\"2024-01-02T03:04:05Z\"}},\"x\":1}}"
                ),
            ),
            s("NodeMessage", "{\"Heartbeat\":{}}"),
            s("NodeMessage", "{\"heartbeat\":{}}"),
            s(
                "NodeMessage",
                &format!("{{\"WorkloadLogs\":{{\"workload_id\":\"{U}\",\"lines\":[],\"is_stderr\":false}}}}"),
            ),
            s(
                "GatewayMessage",
                "{\"Registered\":{\"heartbeat_interval_secs\":5,\"metrics_interval_secs\":10}}",
            ),
            s(
                "GatewayMessage",
                "{\"Registered\":{\"heartbeat_interval_secs\":5,\"metrics_interval_secs\":10,\"config\":{}}}",
            ),
        ],
    });

    out.push(Section {
        title: "Structs: array form, duplicate / unknown / escaped keys, Option absent vs null",
        cases: vec![
            s("VolumeMount", "{\"host_path\":\"a\",\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "[\"a\",\"b\",true]"),
            s("VolumeMount", "[\"a\",\"b\"]"),
            s("VolumeMount", "[\"a\",\"b\",true,1]"),
            s("VolumeMount", "[]"),
            s("NodeConfig", "[1,2]"),
            s("NodeConfig", "[1,2,3,\"x\"]"),
            s("NodeConfig", "[null,null,null,null]"),
            s("NodeConfig", "[1,2,3,\"x\",5]"),
            s("VolumeMount", "{\"host_path\":\"a\",\"host_path\":\"c\",\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "{\"host_path\":\"a\",\"zz\":1,\"zz\":2,\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "{\"x\":{\"deep\":[1,{\"y\":null}]},\"host_path\":\"a\",\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "{\"host_p\\u0061th\":\"a\",\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "{\"Host_path\":\"a\",\"container_path\":\"b\",\"read_only\":true}"),
            s("VolumeMount", "{\"host_path\":\"a\",\"container_path\":\"b\"}"),
            s("VolumeMount", "{\"host_path\":\"a\",\"container_path\":\"b\",\"read_only\":null}"),
            s("VolumeMount", "{\"host_path\":\"a\",\"container_path\":\"b\",\"read_only\":0}"),
            s("VolumeMount", "null"),
            s("NodeConfig", "{}"),
            s("NodeConfig", "{\"log_level\":null}"),
            s("NodeConfig", "{\"log_level\":\"debug\",\"heartbeat_interval_secs\":5}"),
            s("NodeConfig", "{\"log_level\":null,\"log_level\":\"x\"}"),
            s("Option<NodeConfig>", "null"),
            s("WorkloadStatus", "{\"state\":\"Running\"}"),
            s("WorkloadStatus", "{}"),
            s("WorkloadStatus", "{\"state\":\"Failed\",\"exit_code\":-2147483648}"),
            s("EventMetadata", "{\"source\":\"s\"}"),
            s("EventMetadata", "{\"source\":\"s\",\"labels\":null}"),
            s("EventMetadata", "{\"source\":\"s\",\"labels\":[[\"k\",\"v\"]]}"),
            s("ValidationError", "{\"field\":\"gpu_count\",\"message\":\"m\"}"),
            s(
                "WorkloadSpec",
                "{\"image\":\"i\",\"env\":[],\"gpu_count\":0,\"ports\":[],\"volumes\":[],\"restart_policy\":\"Never\"}",
            ),
            s(
                "WorkloadSpec",
                "{\"image\":\"i\",\"env\":[],\"gpu_count\":0,\"ports\":[],\"volumes\":[]}",
            ),
            s(
                "WorkloadSpec",
                "{\"image\":\"\",\"env\":[],\"gpu_count\":65,\"ports\":[0],\"volumes\":[],\"restart_policy\":\"Always\"}",
            ),
            s("NodeCapabilities", "{\"total_vram_mb\":0,\"gpu_count\":0,\"gpus\":[],\"max_concurrent_workloads\":0,\"supported_runtimes\":[]}"),
        ],
    });

    let vm = "\"host_path\":\"a\",\"container_path\":\"b\",\"read_only\":true";
    let ignored = |v: &str| ("VolumeMount", format!("{{\"x\":{v},{vm}}}").into_bytes());
    let deep = |d: usize| {
        (
            "VolumeMount",
            format!("{{\"x\":{}{},{vm}}}", "[".repeat(d), "]".repeat(d)).into_bytes(),
        )
    };
    out.push(Section {
        title: "Values of unknown (ignored) keys: serde_json only skims them",
        cases: vec![
            ignored("\"\\ud800\""),
            ignored("\"\\udc00\\ud800\""),
            ignored("-0"),
            ignored("1e400"),
            ignored("18446744073709551616"),
            ignored("01"),
            ignored("\"\\q\""),
            ignored("tru"),
            ("VolumeMount", [b"{\"x\":\"\xff\xfe\",".as_slice(), vm.as_bytes(), b"}"].concat()),
            ("VolumeMount", [b"{\"x\":\"a\x01b\",".as_slice(), vm.as_bytes(), b"}"].concat()),
            ("VolumeMount", format!("{{\"\\ud800\":1,{vm}}}").into_bytes()),
            ("VolumeMount", [b"{\"\xff\":1,".as_slice(), vm.as_bytes(), b"}"].concat()),
            deep(127),
            deep(128),
            deep(5000),
            ("VolumeMount", format!("{{\"host_path\":\"a\",\"host_p\\u0061th\":\"c\",\"container_path\":\"b\",\"read_only\":true}}").into_bytes()),
        ],
    });

    out.push(Section {
        title: "Vec<(String, String)> (WorkloadSpec.env, EventMetadata.labels)",
        cases: vec![
            s("Vec<KeyValue>", "[[\"K\",\"V\"]]"),
            s("Vec<KeyValue>", "[[\"K\",\"V\",\"X\"]]"),
            s("Vec<KeyValue>", "[[\"K\"]]"),
            s("Vec<KeyValue>", "[[]]"),
            s("Vec<KeyValue>", "{\"K\":\"V\"}"),
            s("Vec<KeyValue>", "[{\"0\":\"K\",\"1\":\"V\"}]"),
            s("Vec<KeyValue>", "[[\"K\",1]]"),
            s("Vec<KeyValue>", "[[\"K\",null]]"),
            s("Vec<KeyValue>", "[[\"K\",\"V\"],[\"K\",\"W\"]]"),
            s("Vec<KeyValue>", "[]"),
            s("Vec<KeyValue>", "[ [ \"K\" , \"V\" ] ]"),
            s("Vec<KeyValue>", "[[\"K\",\"V\"],]"),
            s("Vec<u16>", "[0,65535]"),
        ],
    });

    let uuid_cases: Vec<&str> = vec![
        U,
        "67E55044-10B1-426F-9247-BB680E5FE0C8",
        "67e55044-10B1-426f-9247-Bb680e5fE0c8",
        "67e5504410b1426f9247bb680e5fe0c8",
        "67E5504410B1426F9247BB680E5FE0C8",
        "{67e55044-10b1-426f-9247-bb680e5fe0c8}",
        "{67E55044-10B1-426F-9247-BB680E5FE0C8}",
        "{67e5504410b1426f9247bb680e5fe0c8}",
        "urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8",
        "URN:UUID:67e55044-10b1-426f-9247-bb680e5fe0c8",
        "urn:uuid:67E55044-10B1-426F-9247-BB680E5FE0C8",
        "urn:uuid:67e5504410b1426f9247bb680e5fe0c8",
        "urn:uuid:{67e55044-10b1-426f-9247-bb680e5fe0c8}",
        " 67e55044-10b1-426f-9247-bb680e5fe0c8",
        "67e55044-10b1-426f-9247-bb680e5fe0c8 ",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "6ba7b810-9dad-31d1-80b4-00c04fd430c8",
        "6ba7b810-9dad-51d1-80b4-00c04fd430c8",
        "018cc251-f400-7000-8000-000000000000",
        "67e55044-10b1-f26f-c247-bb680e5fe0c8",
        "67e5504-410b1-426f-9247-bb680e5fe0c8",
        "67e55044-10b14-26f-9247-bb680e5fe0c8",
        "67e55044-10b1-426f9-247-bb680e5fe0c8",
        "67e55044-10b1-426f-9247b-b680e5fe0c8",
        "67e55044-10b1-426f-9247-bb680e5fe0c",
        "67e55044-10b1-426f-9247-bb680e5fe0c80",
        "67e55044-10b1-426f-9247bb680e5fe0c8",
        "67e55044-10b1-426f-9247-bb680e5fe0c8-",
        "67e55044_10b1_426f_9247_bb680e5fe0c8",
        "67e55044-10b1-426f-9247-bb680e5fe0cg",
        "67e5504410b1426f9247bb680e5fe0c",
        "6-7e55044-10b1-426f-9247bb680e5fe0c8",
        "",
    ];
    let mut cases: Vec<(&'static str, Vec<u8>)> = uuid_cases
        .into_iter()
        .map(|u| ("NodeId", q(u).into_bytes()))
        .collect();
    cases.push(s("NodeId", &format!("[\"{U}\"]")));
    cases.push(s(
        "NodeId",
        "[103,229,80,68,16,177,66,111,146,71,187,104,14,95,224,200]",
    ));
    cases.push(s("NodeId", "null"));
    cases.push(s("NodeId", "1"));
    cases.push(s(
        "NodeId",
        "\"67e55044-10b1-426f-9247-bb680e5fe0c\\u0038\"",
    ));
    cases.push(s("WorkloadId", &q("67E55044-10B1-426F-9247-BB680E5FE0C8")));
    cases.push(s("Uuid", &q("{67e55044-10b1-426f-9247-bb680e5fe0c8}")));
    out.push(Section {
        title: "UUIDs (NodeId / WorkloadId / Uuid)",
        cases,
    });

    let dt_cases: Vec<&str> = vec![
        "2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05z",
        "2024-01-02t03:04:05Z",
        "2024-01-02t03:04:05z",
        "2024-01-02 03:04:05Z",
        "2024-01-02  03:04:05Z",
        "2024-01-02T03:04:05 Z",
        "2024-01-02T03:04:05+00:00",
        "2024-01-02T03:04:05-00:00",
        "2024-01-02T03:04:05+02:00",
        "2024-01-02T03:04:05+0200",
        "2024-01-02T03:04:05+02",
        "2024-01-02T03:04:05 +02:00",
        "2024-01-02T03:04:05+02:00:00",
        "2024-01-02T03:04:05UTC",
        "2024-01-02T03:04:05utc",
        "2024-01-02T03:04:05 z",
        "2024-01-02T03:04:05-0000",
        "2024-01-02T03:04:05+00",
        "2024-01-02T03:04:05-00:01",
        "2024-01-02T03:04:05+02: 00",
        "2024-01-02T03:04:05+ 02:00",
        "2024-01-02T03:04:05 .123Z",
        "2024-01-02T03:04:05 UTC",
        "2024-01-02T03:04:05GMT",
        "2024-01-02T03:04:05",
        "2024-01-02T03:04Z",
        "2024-01-02",
        "2024-01-02T03:04:05.1Z",
        "2024-01-02T03:04:05.12Z",
        "2024-01-02T03:04:05.123Z",
        "2024-01-02T03:04:05.1234Z",
        "2024-01-02T03:04:05.123456Z",
        "2024-01-02T03:04:05.123456789Z",
        "2024-01-02T03:04:05.1234567891Z",
        "2024-01-02T03:04:05.123456789123Z",
        "2024-01-02T03:04:05.000000001Z",
        "2024-01-02T03:04:05.9999999999Z",
        "2024-01-02T03:04:05.123456789012345678901234567890Z",
        "2024-01-02T03:04:05.000Z",
        "2024-01-02T03:04:05.0Z",
        "2024-01-02T03:04:05.Z",
        "2024-01-02T03:04:05,5Z",
        "2024-01-02T03:04:05.5+01:00",
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60.5Z",
        "2024-01-02T03:04:60Z",
        "2017-01-01T01:59:60+02:00",
        "2024-01-02T03:04:61Z",
        "2024-1-2T3:4:5Z",
        "2024-01-02T3:04:05Z",
        " 2024-01-02T03:04:05Z",
        "2024-01-02T03:04:05Z ",
        "   2024-01-02T03:04:05Z   ",
        "\\t2024-01-02T03:04:05Z\\n",
        "\\u00a02024-01-02T03:04:05Z\\u3000",
        "\u{a0}2024-01-02T03:04:05Z\u{2003}",
        "+12345-01-02T03:04:05Z",
        "12345-01-02T03:04:05Z",
        "-0001-01-02T03:04:05Z",
        "0000-01-01T00:00:00Z",
        "-0000-01-01T00:00:00Z",
        "+262143-12-31T23:59:59.999999999Z",
        "+262144-01-01T00:00:00Z",
        "-262144-01-01T00:00:00Z",
        "-262145-12-31T23:59:59Z",
        "+2024-01-02T03:04:05Z",
        "02024-01-02T03:04:05Z",
        "9999-12-31T23:59:59-01:00",
        "0000-01-01T00:30:00+01:00",
        "2024-02-30T03:04:05Z",
        "2024-02-29T03:04:05Z",
        "2023-02-29T03:04:05Z",
        "2024-13-01T03:04:05Z",
        "2024-01-02T24:00:00Z",
        "2024-01-02T03:60:05Z",
        "2024-01-02T03:04:05+24:00",
        "2024-01-02T03:04:05+23:59",
        "2024-01-02T03:04:05-23:59",
        "2024-01-02T03:04:05+00:60",
        "2024-01-02T03:04:05+2:00",
        "2024-01-02T03:04:05.123+05:30",
        "2024-01-02T03:04:05Z+00:00",
        "2024-01-02 T03:04:05Z",
        "2024-01-02T 03:04:05Z",
        "2024 -01-02T03:04:05Z",
        "2024-01-02T03: 04:05Z",
        "2024-01-02T03:04:05\tZ",
        "2024-01-02X03:04:05Z",
        "20240102T030405Z",
        "",
    ];
    let mut cases: Vec<(&'static str, Vec<u8>)> = dt_cases
        .into_iter()
        .map(|d| ("Timestamp", q(d).into_bytes()))
        .collect();
    cases.push(s("Timestamp", "1704164645"));
    cases.push(s("Timestamp", "\"2024-01-02T03:04:05\\u005a\""));
    out.push(Section {
        title: "DateTime<Utc> (schema `Timestamp`)",
        cases,
    });

    out.push(Section {
        title: "Strings (type String): escapes, surrogates, control characters",
        cases: vec![
            s("String", "\"abc\""),
            s("String", "\"\\ud800\""),
            s("String", "\"\\udc00\""),
            s("String", "\"\\ud800x\""),
            s("String", "\"\\ud800\\u0041\""),
            s("String", "\"\\ud800\\ud800\""),
            s("String", "\"\\ude00\\ud83d\""),
            s("String", "\"\\ud83d\\ude00\""),
            s("String", "\"\\uD83D\\uDE00\""),
            s("String", "\"\u{1F600}\""),
            b("String", b"\"a\x01b\""),
            b("String", b"\"a\tb\""),
            b("String", b"\"a\nb\""),
            b("String", b"\"a\x00b\""),
            s("String", "\"\\/\""),
            s("String", "\"\\\\\""),
            s("String", "\"\\\"\""),
            s("String", "\"\\b\\f\\n\\r\\t\""),
            s("String", "\"\\u0008\\u000C\\u000a\\u000D\\u0009\""),
            s("String", "\"\\u0000\""),
            s("String", "\"\\u0001\\u001F\\u000b\""),
            s("String", "\"\\u0020\""),
            s("String", "\"\u{2028}\u{2029}\""),
            s("String", "\"\\u2028\\u2029\""),
            b("String", b"\"\x7f\""),
            s("String", "\"\\u007f\""),
            s("String", "\"\\u0080\\u00e9\\u00E9\""),
            s("String", "\"\u{FEFF}\""),
            s("String", "\"\\uFFFE\\uFFFF\""),
            s("String", "\"</script>\""),
            s("String", "\"\\x41\""),
            s("String", "\"\\'\""),
            s("String", "\"\\a\""),
            s("String", "\"\\u12\""),
            s("String", "\"\\u00G0\""),
            s("String", "'abc'"),
            b("String", b"\"\xff\""),
            b("String", b"\"\xc0\xaf\""),
            b("String", b"\"\xed\xa0\x80\""),
            s("String", "\"abc"),
        ],
    });

    out.push(Section {
        title: "Top level (framing)",
        cases: vec![
            s("WorkloadState", "\"Pending\""),
            s("WorkloadState", "\"Pending\"\n"),
            s("WorkloadState", "\"Pending\" \t\r\n"),
            s("WorkloadState", " \t\r\n\"Pending\""),
            s("WorkloadState", "\"Pending\" x"),
            s("WorkloadState", "\"Pending\"\"Pending\""),
            s("WorkloadState", "\"Pending\"\u{0}"),
            s("WorkloadState", "\u{FEFF}\"Pending\""),
            s("WorkloadState", "\u{A0}\"Pending\""),
            b("WorkloadState", b"\x0c\"Pending\""),
            s("WorkloadState", "/*c*/\"Pending\""),
            s("WorkloadState", ""),
            s("WorkloadState", "   "),
            s("NodeConfig", "{\"log_level\":\"x\",}"),
            s("NodeConfig", "{'log_level':\"x\"}"),
            s("NodeConfig", "{log_level:\"x\"}"),
        ],
    });

    out
}

/// Visible, markdown-table-safe rendering of raw bytes.
pub fn show(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let valid = std::str::from_utf8(bytes).is_ok();
    let mut out = String::new();
    if !valid {
        // show bytes of invalid UTF-8 explicitly
        for &byte in bytes {
            match byte {
                b'|' => out.push_str("\\|"),
                0x21..=0x7e => out.push(byte as char),
                b' ' => out.push(' '),
                _ => out.push_str(&format!("⟨0x{byte:02x}⟩")),
            }
        }
        return wrap(&out);
    }
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            ' ' => out.push(' '),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("⟨0x{:02x}⟩", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c => out.push_str(&format!("⟨U+{:04X}⟩", c as u32)),
        }
    }
    wrap(&out)
}

pub fn wrap(inner: &str) -> String {
    if inner.is_empty() {
        return "(empty)".into();
    }
    // leading/trailing spaces would be eaten by markdown: make them visible
    let mut v: Vec<char> = inner.chars().collect();
    if v[0] == ' ' {
        v[0] = '␠';
    }
    let n = v.len();
    if v[n - 1] == ' ' {
        v[n - 1] = '␠';
    }
    let inner: String = v.into_iter().collect();
    if inner.contains('`') {
        format!("`` {inner} ``")
    } else {
        format!("`{inner}`")
    }
}

pub fn render() -> String {
    let mut md = String::new();
    md.push_str(
        "Rendering: `⟨0xNN⟩` = that raw byte/control char, `⟨U+XXXX⟩` = that raw (unescaped) \
         non-ASCII character, `␠` = a leading/trailing space, `\\|` = `|`. \
         \"same\" = serde writes the input back byte for byte.\n",
    );
    let mut n = 0;
    for sec in sections() {
        md.push_str(&format!("\n### {}\n\n", sec.title));
        md.push_str("| # | type | input | serde_json | writes back / error |\n");
        md.push_str("|---|---|---|---|---|\n");
        for (ty, input) in sec.cases {
            n += 1;
            let ops = ops_for(ty).expect("probe type registered");
            let (verdict, detail) = match (ops.json)(&input) {
                Ok(out) if out.as_bytes() == input.as_slice() => ("accept", "same".to_string()),
                Ok(out) => ("accept", show(out.as_bytes())),
                Err(e) => ("**reject**", wrap(&e.replace('|', "\\|"))),
            };
            let shown = if input.len() > 240 && input.is_ascii() {
                let text = std::str::from_utf8(&input).unwrap();
                show(
                    format!(
                        "{} ...({} bytes in all)... {}",
                        &text[..40],
                        input.len(),
                        &text[text.len() - 70..]
                    )
                    .as_bytes(),
                )
            } else {
                show(&input)
            };
            md.push_str(&format!(
                "| {n} | {ty} | {shown} | {verdict} | {detail} |\n"
            ));
        }
    }
    md.push_str("\n### bincode 1.3.3 (`bincode::serialize`, default options)\n\n");
    md.push_str("| value | hex |\n|---|---|\n");
    for (label, bytes) in bincode_samples() {
        md.push_str(&format!(
            "| `{}` | `{}` |\n",
            label.replace('|', "\\|"),
            hex(&bytes)
        ));
    }
    md.push_str("\n### bincode 1.3.3 decoding (`bincode::deserialize`, default options), re-written as JSON\n\n");
    md.push_str("| type | hex input | bincode | JSON / error |\n|---|---|---|---|\n");
    let relaxed_ts = {
        let t = b" 2024-01-02 03:04:05+01:00";
        let mut v = (t.len() as u64).to_le_bytes().to_vec();
        v.extend_from_slice(t);
        hex(&v)
    };
    let decode_cases: Vec<(&str, String)> = vec![
        ("u32", "01000000".into()),
        ("u32", "01000000ff".into()),
        ("u32", "010000".into()),
        ("bool", "02".into()),
        ("Option<u32>", "02".into()),
        ("WorkloadState", "07000000".into()),
        ("WorkloadState", "08000000".into()),
        (
            "NodeId",
            "0f0000000000000067e5504410b1426f9247bb680e5fe0".into(),
        ),
        ("Timestamp", relaxed_ts),
        ("String", "0100000000000000ff".into()),
        ("String", "ffffffffffffffff".into()),
        ("Vec<u16>", "ffffffffffffff7f".into()),
    ];
    for (ty, hx) in decode_cases {
        let ops = ops_for(ty).expect("probe type registered");
        let bytes: Vec<u8> = (0..hx.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hx[i..i + 2], 16).unwrap())
            .collect();
        let (verdict, detail) = match (ops.from_bincode)(&bytes) {
            Ok(out) => ("accept", show(out.as_bytes())),
            Err(e) => ("**reject**", wrap(&e.replace('|', "\\|"))),
        };
        md.push_str(&format!("| {ty} | `{hx}` | {verdict} | {detail} |\n"));
    }
    md
}

pub fn bincode_samples() -> Vec<(String, Vec<u8>)> {
    let uuid = Uuid::parse_str(U).unwrap();
    let ts: DateTime<Utc> = Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap();
    let ts_nanos: DateTime<Utc> = "2024-01-02T03:04:05.123456789Z".parse().unwrap();
    let mut v: Vec<(String, Vec<u8>)> = Vec::new();
    macro_rules! sample {
        ($label:expr, $val:expr) => {
            v.push(($label.to_string(), bincode::serialize(&$val).unwrap()));
        };
    }
    sample!(
        format!("NodeMessage::Heartbeat {{ node_id: {U}, timestamp: 2024-01-02T03:04:05Z }}"),
        NodeMessage::Heartbeat {
            node_id: NodeId(uuid),
            timestamp: ts
        }
    );
    sample!(
        format!(
            "NodeMessage::WorkloadLogs {{ workload_id: {U}, lines: [\"a\"], is_stderr: true }}"
        ),
        NodeMessage::WorkloadLogs {
            workload_id: WorkloadId(uuid),
            lines: vec!["a".into()],
            is_stderr: true
        }
    );
    sample!("WorkloadState::Pending", WorkloadState::Pending);
    sample!("WorkloadState::Running", WorkloadState::Running);
    sample!(
        "WorkloadEventKind::Completed { exit_code: -1 }",
        WorkloadEventKind::Completed { exit_code: -1 }
    );
    sample!(
        "ProtoError::InvalidMessage(\"x\")",
        ProtoError::InvalidMessage("x".into())
    );
    sample!("Option::<u32>::None", Option::<u32>::None);
    sample!("Option::<u32>::Some(7)", Some(7u32));
    sample!("Option::<String>::Some(\"ab\")", Some(String::from("ab")));
    sample!("Option::<NodeId>::Some(..)", Some(NodeId(uuid)));
    sample!(
        "Vec::<(String, String)>::new()",
        Vec::<(String, String)>::new()
    );
    sample!(
        "vec![(\"K\", \"V\"), (\"ab\", \"\")] : Vec<(String, String)>",
        vec![
            ("K".to_string(), "V".to_string()),
            ("ab".to_string(), String::new())
        ]
    );
    sample!("DateTime<Utc> 2024-01-02T03:04:05Z", ts);
    sample!("DateTime<Utc> 2024-01-02T03:04:05.123456789Z", ts_nanos);
    sample!(format!("NodeId({U})"), NodeId(uuid));
    sample!("Uuid nil", Uuid::nil());
    sample!("String \"é\"", String::from("é"));
    sample!("true", true);
    sample!("u16 65535", 65535u16);
    sample!("u32 1", 1u32);
    sample!("i32 -2", -2i32);
    sample!("u64 1", 1u64);
    sample!(
        "VolumeMount { host_path: \"a\", container_path: \"b\", read_only: false }",
        VolumeMount {
            host_path: "a".into(),
            container_path: "b".into(),
            read_only: false
        }
    );
    sample!("RestartPolicy::default()", RestartPolicy::default());
    v
}
