"""A consumer of claw_proto that mypy --strict checks (tests/pythonTools.test.ts): a match over a message union and a
unit-only enum, each proved exhaustive by assert_never. The test also removes one case and expects mypy to object."""

from __future__ import annotations

from claw_proto import (
    NodeMessage,
    NodeMessageHeartbeat,
    NodeMessageMetrics,
    NodeMessageRegister,
    NodeMessageWorkloadLogs,
    NodeMessageWorkloadUpdate,
    WorkloadState,
    assert_never,
    parse_node_message,
)


def describe(message: NodeMessage) -> str:
    match message:
        case NodeMessageRegister(name=name):
            return f"register {name}"
        case NodeMessageHeartbeat(timestamp=ts):
            return f"heartbeat at {ts}"
        case NodeMessageMetrics(gpu_metrics=gpus):
            return f"metrics of {len(gpus)} GPUs"
        case NodeMessageWorkloadUpdate(state=state):
            return f"workload {state.value}"
        case NodeMessageWorkloadLogs(lines=lines):
            return f"{len(lines)} log lines"
        case _:
            assert_never(message)


def finished(state: WorkloadState) -> bool:
    match state:
        case WorkloadState.Stopped | WorkloadState.Failed | WorkloadState.Completed:
            return True
        case WorkloadState.Pending | WorkloadState.Pulling | WorkloadState.Starting | WorkloadState.Running:
            return False
        case WorkloadState.Stopping:
            return False
        case _:
            assert_never(state)


def first_line(text: str) -> str:
    return describe(parse_node_message(text))
