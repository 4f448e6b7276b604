"""pytest (with hypothesis) tests of the generated Python packages: generated/python (claw_proto) and the two
fixtures' packages. Run from npm test by tests/pythonTools.test.ts with those folders on PYTHONPATH."""

from __future__ import annotations

import datetime
import importlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import Strategies

PACKAGES = ["claw_proto", "representations_fixture", "sensor_telemetry"]


def conformance(name: str) -> Any:
    return importlib.import_module(name + ".conformance")


_STRATEGIES: dict = {}


def strategy(pkg: str, type_name: str) -> Any:
    """The strategy for a type's values (one Strategies per package: recursive types share their deferred parts)."""
    if pkg not in _STRATEGIES:
        _STRATEGIES[pkg] = Strategies(importlib.import_module(pkg))
    return _STRATEGIES[pkg].of(conformance(pkg).CLASSES[type_name])


def cases() -> list:
    out = []
    for pkg in PACKAGES:
        conf = conformance(pkg)
        for type_name in conf.TYPES:
            out.append((pkg, type_name))
    return out


def untagged_inside(pkg: str, type_name: str) -> bool:
    """Whether a value may hold an untagged enum: it may then read back as another variant of the same text."""
    return pkg == "representations_fixture" and type_name in ("Value", "Frame")


@pytest.mark.parametrize("pkg,type_name", cases())
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_json_round_trip(pkg: str, type_name: str, data: Any) -> None:
    """serialize is stable through parse, and parse gives the same value back (untagged enums: the same text)."""
    conf = conformance(pkg)
    parse, serialize = conf.TYPES[type_name]
    value = data.draw(strategy(pkg, type_name))
    text = serialize(value)
    json.loads(text)  # well-formed JSON
    again = parse(text)
    assert serialize(again) == text
    assert parse(text.encode("utf-8")) == again
    if not untagged_inside(pkg, type_name):
        assert again == value


@pytest.mark.parametrize("pkg,type_name", [c for c in cases() if c[1] in conformance(c[0]).BINCODE])
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_bincode_round_trip(pkg: str, type_name: str, data: Any) -> None:
    conf = conformance(pkg)
    encode, decode = conf.BINCODE[type_name]
    value = data.draw(strategy(pkg, type_name))
    raw = encode(value)
    assert decode(raw) == value
    assert decode(raw + b"\x00extra") == value  # bytes after the value are ignored, as bincode does
    # Every byte belongs to the value: one short is an error.
    with pytest.raises(importlib.import_module(pkg).ProtoError):
        decode(raw[:-1])


@pytest.mark.parametrize("pkg,type_name", cases())
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_pickle_and_copy(pkg: str, type_name: str, data: Any) -> None:
    """Frozen, slotted values pickle and copy through their constructors."""
    import copy
    import pickle

    value = data.draw(strategy(pkg, type_name))
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(value) == value


def test_timestamp() -> None:
    from claw_proto import ProtoError, Timestamp, parse_timestamp, serialize_timestamp

    t = parse_timestamp('"2016-12-31T23:59:60.5+00:00"')
    assert (t.second, t.nanosecond) == (59, 1_500_000_000)
    assert serialize_timestamp(t) == '"2016-12-31T23:59:60.500Z"'
    with pytest.raises(ValueError):
        t.to_datetime()
    y = parse_timestamp('"-0001-01-01T00:00:00Z"')
    assert y.year == -1 and serialize_timestamp(y) == '"-0001-01-01T00:00:00Z"'
    n = parse_timestamp('"2024-01-02T03:04:05.123456789Z"')
    assert n.nanosecond == 123456789
    d = parse_timestamp('"2024-01-02T03:04:05.123456+02:00"').to_datetime()
    assert d == datetime.datetime(2024, 1, 2, 1, 4, 5, 123456, tzinfo=datetime.timezone.utc)
    assert Timestamp.from_datetime(d) == parse_timestamp('"2024-01-02T01:04:05.123456Z"')
    with pytest.raises(ValueError):
        Timestamp.from_datetime(datetime.datetime(2024, 1, 1))
    with pytest.raises(ValueError):
        Timestamp(2023, 2, 29)
    with pytest.raises(AttributeError):
        n.year = 3  # type: ignore[misc]
    with pytest.raises(ProtoError) as e:
        parse_timestamp('"2024-13-01T00:00:00Z"')
    assert e.value.kind == "InvalidMessage" and "\n" not in str(e.value)


def test_constructors_and_errors() -> None:
    import claw_proto as p

    node = p.NodeId.new()
    assert isinstance(node, p.NodeId) and node.version == 4
    with pytest.raises(ValueError):
        p.GpuMetricsProto(0, 0, -1, 0, 0, 0)  # u64 field below 0
    hb = p.NodeMessageHeartbeat(node, p.Timestamp(2024, 1, 2, 3, 4, 5))
    text = p.serialize_node_message(hb)
    assert text == '{"Heartbeat":{"node_id":"%s","timestamp":"2024-01-02T03:04:05Z"}}' % node
    assert p.parse_node_message(text) == hb
    with pytest.raises(p.ProtoError) as e:
        p.parse_node_message('{"Bogus":{}}')
    assert e.value.kind == "UnknownMessageType" and e.value.pointer == ""
    with pytest.raises(p.ProtoError) as e:
        p.parse_workload_spec('{"image":1}')
    assert e.value.kind == "InvalidMessage" and e.value.pointer == "/image"
    with pytest.raises(p.ProtoError) as e:
        p.serialize_workload_state("Pending")  # type: ignore[arg-type]
    assert e.value.kind == "SerializationError"


def test_rules() -> None:
    import claw_proto as p

    spec = p.parse_workload_spec(
        '{"image":"nginx:1.25","command":null,"args":null,"env":[],"gpu_count":65,"gpu_memory_mb":null,'
        '"cpu_millicores":null,"memory_mb":null,"ports":[0],"volumes":[],"restart_policy":"Never"}'
    )
    issues = p.check_workload_spec_rules(spec)
    assert [(i.field, i.message) for i in issues] == [
        ("gpu_count", "gpu_count must be at most 64, got 65"),
        ("ports", "ports[0] must be at least 1, got 0"),
    ]
    with pytest.raises(p.ProtoError) as e:
        p.validate_workload_spec(spec)
    assert e.value.kind == "ValidationError" and e.value.pointer == "/gpu_count"
    assert p.is_image_reference("localhost:5000/team/app:v1") and not p.is_image_reference("UPPER")


def describe_event(kind: Any) -> str:
    """An exhaustive match over a union (tests/python/typecheck_match.py shows mypy proves it)."""
    import claw_proto as p

    if isinstance(kind, p.WorkloadEventKindCompleted):
        return f"exit {kind.exit_code}"
    return type(kind).__name__


def test_recursion_limit_counts_from_the_root() -> None:
    """serde_json's limit (127 nested containers) counts from the root of the text, through content serde buffers,
    and not under an unknown field; an integer past f64's range in buffered content is out of range (serde's verdicts,
    found by the ports fuzz)."""
    import representations_fixture as r

    frame = '{"shape":{"kind":"point"},"color":"red","value":%s,"history":[],"weights":{},"scale":1.0,"note":null%s}'
    cases = [
        (r.parse_shape, '{"kind":"unknown_thing","x":' + '{"a":' * 126 + "1" + "}" * 126 + "}", True),
        (r.parse_shape, '{"kind":"unknown_thing","x":' + '{"a":' * 127 + "1" + "}" * 127 + "}", False),
        (r.parse_value, "[" * 127 + "]" * 127, True),
        (r.parse_value, "[" * 128 + "]" * 128, False),
        (r.parse_frame, frame % ("null", ',"zz":' + "[" * 300 + "]" * 300), True),
        (r.parse_frame, frame % ("[" * 126 + "]" * 126, ""), True),
        (r.parse_frame, frame % ("[" * 127 + "]" * 127, ""), False),
        (r.parse_value, '{"x":1,"y":2,"z":-' + "9" * 400 + "}", False),
    ]
    for parse, text, accepted in cases:
        try:
            parse(text)
            assert accepted, text[:80]
        except r.ProtoError as e:
            assert not accepted, f"{text[:80]}: {e}"


def test_error_messages_stay_one_printable_line() -> None:
    """A key holding a line break or an unpaired surrogate reaches the message escaped; the pointer stays exact."""
    import representations_fixture as r

    head = b'{"shape":{"kind":"point"},"color":"red","value":null,"history":[],"weights":'
    for data, key in [(head + b'{"a\\nb":"nope"}}', "a\nb"), (head + b'{"a\\u2028\xff":"nope"}}', "a\u2028\udcff")]:
        try:
            r.parse_frame(data)
        except r.ProtoError as e:
            message = str(e)
            assert "\n" not in message and "\u2028" not in message
            message.encode("utf-8")  # no lone surrogate
            assert e.pointer == "/weights/" + key
        else:
            raise AssertionError("accepted")
