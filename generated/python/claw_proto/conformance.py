"""The conformance driver: ``python3 -m claw_proto.conformance``.

Reads JSON lines ``{"type": T, "text": S}`` (or ``{"type": T, "hex": H}`` for input that is not UTF-8) on
stdin and writes one line each: ``{"ok": true, "canonical": C}`` or ``{"ok": false, "kind": K, "error": E}``.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, Dict, Tuple

from . import codec
from ._runtime import ProtoError

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


def answer(request: Dict[str, Any]) -> Dict[str, Any]:
    """One request's answer."""
    entry = TYPES.get(request.get("type", ""))
    if entry is None:
        return {"ok": False, "kind": "UnknownType", "error": f"no type {request.get('type')!r}"}
    parse, serialize = entry
    data: Any = bytes.fromhex(request["hex"]) if "hex" in request else request["text"]
    try:
        return {"ok": True, "canonical": serialize(parse(data))}
    except ProtoError as e:
        return {"ok": False, "kind": e.kind, "error": str(e)}


def main() -> int:
    out = sys.stdout
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        reply = answer(json.loads(line))
        out.write(json.dumps(reply, ensure_ascii=True) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
