"""The conformance driver: ``python3 -m claw_proto.conformance``.

The ports' protocol (README "How a port proves itself"): JSON lines ``{"type": T, "text": S}`` (or ``"base64": B``,
the raw bytes of a message that is not UTF-8) on stdin, one line each on stdout, flushed whenever stdin has nothing
more buffered: ``{"ok": true, "canonical": C}`` or ``{"ok": false, "kind": K, "error": E}`` (K a ProtoError kind;
``BadRequest`` for a line it cannot read, ``UnknownType``, ``Crash`` for an exception that is not a ProtoError).
Extensions: ``"rules": true`` adds the rule layer's violations (``"rules": [{"field", "message"}]``) for a type with
rules; ``"bincode": H`` (hex) also decodes bincode bytes and answers ``"bincode": {"canonical", "hex"}`` (the
decoded value as JSON, and re-encoded) or ``{"kind", "error"}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
from typing import Any, Callable, Dict, Tuple

from . import bincode, codec, rules, types
from ._runtime import ProtoError, Timestamp

TYPES: Dict[str, Tuple[Callable[[Any], Any], Callable[[Any], str]]] = {
    "NodeMessage": (codec.parse_node_message, codec.serialize_node_message),
    "GatewayMessage": (codec.parse_gateway_message, codec.serialize_gateway_message),
    "NodeId": (codec.parse_node_id, codec.serialize_node_id),
    "WorkloadId": (codec.parse_workload_id, codec.serialize_workload_id),
    "Uuid": (codec.parse_uuid, codec.serialize_uuid),
    "Timestamp": (codec.parse_timestamp, codec.serialize_timestamp),
    "NodeCapabilities": (codec.parse_node_capabilities, codec.serialize_node_capabilities),
    "GpuCapability": (codec.parse_gpu_capability, codec.serialize_gpu_capability),
    "GpuMetricsProto": (codec.parse_gpu_metrics_proto, codec.serialize_gpu_metrics_proto),
    "WorkloadState": (codec.parse_workload_state, codec.serialize_workload_state),
    "Workload": (codec.parse_workload, codec.serialize_workload),
    "WorkloadSpec": (codec.parse_workload_spec, codec.serialize_workload_spec),
    "KeyValue": (codec.parse_key_value, codec.serialize_key_value),
    "VolumeMount": (codec.parse_volume_mount, codec.serialize_volume_mount),
    "RestartPolicy": (codec.parse_restart_policy, codec.serialize_restart_policy),
    "WorkloadStatus": (codec.parse_workload_status, codec.serialize_workload_status),
    "NodeConfig": (codec.parse_node_config, codec.serialize_node_config),
    "WorkloadEvent": (codec.parse_workload_event, codec.serialize_workload_event),
    "WorkloadEventKind": (codec.parse_workload_event_kind, codec.serialize_workload_event_kind),
    "EventMetadata": (codec.parse_event_metadata, codec.serialize_event_metadata),
    "ValidationError": (codec.parse_validation_error, codec.serialize_validation_error),
    "ProtoError": (codec.parse_proto_error_data, codec.serialize_proto_error_data),
}
"""Per schema type: its parse and serialize functions."""

CLASSES: Dict[str, Any] = {
    "NodeMessage": types.NodeMessage,
    "GatewayMessage": types.GatewayMessage,
    "NodeId": types.NodeId,
    "WorkloadId": types.WorkloadId,
    "Uuid": types.Uuid,
    "Timestamp": Timestamp,
    "NodeCapabilities": types.NodeCapabilities,
    "GpuCapability": types.GpuCapability,
    "GpuMetricsProto": types.GpuMetricsProto,
    "WorkloadState": types.WorkloadState,
    "Workload": types.Workload,
    "WorkloadSpec": types.WorkloadSpec,
    "KeyValue": types.KeyValue,
    "VolumeMount": types.VolumeMount,
    "RestartPolicy": types.RestartPolicy,
    "WorkloadStatus": types.WorkloadStatus,
    "NodeConfig": types.NodeConfig,
    "WorkloadEvent": types.WorkloadEvent,
    "WorkloadEventKind": types.WorkloadEventKind,
    "EventMetadata": types.EventMetadata,
    "ValidationError": types.ValidationError,
    "ProtoError": types.ProtoErrorData,
}
"""Per schema type: the Python type of its values (for samplers and tests)."""

BINCODE: Dict[str, Tuple[Callable[[Any], bytes], Callable[[bytes], Any]]] = {
    "NodeMessage": (bincode.encode_bincode_node_message, bincode.decode_bincode_node_message),
    "GatewayMessage": (bincode.encode_bincode_gateway_message, bincode.decode_bincode_gateway_message),
    "NodeId": (bincode.encode_bincode_node_id, bincode.decode_bincode_node_id),
    "WorkloadId": (bincode.encode_bincode_workload_id, bincode.decode_bincode_workload_id),
    "Uuid": (bincode.encode_bincode_uuid, bincode.decode_bincode_uuid),
    "Timestamp": (bincode.encode_bincode_timestamp, bincode.decode_bincode_timestamp),
    "NodeCapabilities": (bincode.encode_bincode_node_capabilities, bincode.decode_bincode_node_capabilities),
    "GpuCapability": (bincode.encode_bincode_gpu_capability, bincode.decode_bincode_gpu_capability),
    "GpuMetricsProto": (bincode.encode_bincode_gpu_metrics_proto, bincode.decode_bincode_gpu_metrics_proto),
    "WorkloadState": (bincode.encode_bincode_workload_state, bincode.decode_bincode_workload_state),
    "Workload": (bincode.encode_bincode_workload, bincode.decode_bincode_workload),
    "WorkloadSpec": (bincode.encode_bincode_workload_spec, bincode.decode_bincode_workload_spec),
    "KeyValue": (bincode.encode_bincode_key_value, bincode.decode_bincode_key_value),
    "VolumeMount": (bincode.encode_bincode_volume_mount, bincode.decode_bincode_volume_mount),
    "RestartPolicy": (bincode.encode_bincode_restart_policy, bincode.decode_bincode_restart_policy),
    "WorkloadStatus": (bincode.encode_bincode_workload_status, bincode.decode_bincode_workload_status),
    "NodeConfig": (bincode.encode_bincode_node_config, bincode.decode_bincode_node_config),
    "WorkloadEvent": (bincode.encode_bincode_workload_event, bincode.decode_bincode_workload_event),
    "WorkloadEventKind": (bincode.encode_bincode_workload_event_kind, bincode.decode_bincode_workload_event_kind),
    "EventMetadata": (bincode.encode_bincode_event_metadata, bincode.decode_bincode_event_metadata),
    "ValidationError": (bincode.encode_bincode_validation_error, bincode.decode_bincode_validation_error),
    "ProtoError": (bincode.encode_bincode_proto_error_data, bincode.decode_bincode_proto_error_data),
}
"""Per schema type bincode can read: its encode and decode functions."""

RULES: Dict[str, Callable[[Any], Any]] = {
    "WorkloadSpec": rules.check_workload_spec_rules,
}
"""Per schema type with a rule layer: its check function."""


def answer(request: Dict[str, Any]) -> Dict[str, Any]:
    """One request's answer."""
    name = request.get("type")
    entry = TYPES.get(name) if isinstance(name, str) else None
    if entry is None:
        return {"ok": False, "kind": "UnknownType", "error": f"no type {name!r}"}
    parse, serialize = entry
    if isinstance(request.get("text"), str) and "base64" not in request:
        data: Any = request["text"]
    elif isinstance(request.get("base64"), str) and "text" not in request:
        try:
            data = base64.b64decode(request["base64"], validate=True)
        except binascii.Error:
            return {"ok": False, "kind": "BadRequest", "error": "base64 is not valid base64"}
    else:
        return {"ok": False, "kind": "BadRequest", "error": "a request has exactly one of text and base64"}
    try:
        value = parse(data)
        reply: Dict[str, Any] = {"ok": True, "canonical": serialize(value)}
    except ProtoError as e:
        return {"ok": False, "kind": e.kind, "error": str(e)}
    except Exception as e:  # noqa: BLE001  (a crash of the parser is reported, never taken for a verdict)
        return {"ok": False, "kind": "Crash", "error": f"{type(e).__name__}: {e}".splitlines()[0]}
    if request.get("rules") and name in RULES:
        reply["rules"] = [{"field": v.field, "message": v.message} for v in RULES[name](value)]
    if "bincode" in request and name in BINCODE:
        encode, decode = BINCODE[name]
        try:
            decoded = decode(bytes.fromhex(request["bincode"]))
            reply["bincode"] = {"canonical": serialize(decoded), "hex": encode(decoded).hex()}
        except ProtoError as e:
            reply["bincode"] = {"kind": e.kind, "error": str(e)}
    return reply


def serve(line: bytes) -> str:
    """One request line's answer line."""
    try:
        request = json.loads(line)
        if not isinstance(request, dict):
            raise ValueError("not an object")
    except ValueError as e:
        return json.dumps({"ok": False, "kind": "BadRequest", "error": f"not a JSON object: {e}"})
    return json.dumps(answer(request), ensure_ascii=True)


def main() -> int:
    # Reads what stdin has, answers every whole line of it, and flushes once: one line at a time or thousands.
    fd = sys.stdin.fileno()
    out = sys.stdout
    pending = b""
    while True:
        chunk = os.read(fd, 1 << 16)
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop() if chunk else b""
        replies = [serve(line) for line in lines if line.strip()]
        if replies:
            out.write("\n".join(replies) + "\n")
            out.flush()
        if not chunk:
            return 0


if __name__ == "__main__":
    sys.exit(main())
