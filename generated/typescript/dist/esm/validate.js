import * as ajv from "./ajv.js";
import { describe, describeError, pointerSegment, quoted, shapeProblem } from "./runtime.js";
import * as rules from "./rules.js";
const UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const LOCATE_BUDGET = 1e6;
function valueAt(root, pointer) {
  let v = root;
  for (const seg of pointer.split("/").slice(1)) {
    v = v?.[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return v;
}
function issue(root, e) {
  const p = e.params;
  const at = e.instancePath;
  switch (e.keyword) {
    case "unitVariant":
    case "variantName": {
      const allowed = p["allowedValues"];
      const got = e.propertyName ?? valueAt(root, at);
      if (e.keyword === "unitVariant" && allowed.includes(got))
        return { pointer: at, message: `invalid type: unit variant, expected variant ${quoted(got)} with its data, written as {${quoted(got)}: \u2026}` };
      return { pointer: at, message: `unknown variant ${describe(got)}, expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}` };
    }
    case "additionalProperties": {
      const key = String(p["additionalProperty"]);
      return { pointer: `${at}/${pointerSegment(key)}`, message: `unknown field ${quoted(key)}` };
    }
    case "false schema": {
      const name = at.slice(at.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
      return { pointer: at, message: `invalid type: ${describe(valueAt(root, at))}, expected unit variant ${quoted(name)}, written as the string ${quoted(name)}` };
    }
    case "required":
      return { pointer: at, message: `missing field ${JSON.stringify(p["missingProperty"])}` };
    case "type":
      return { pointer: at, message: `invalid type: expected ${String(p["type"])}, got ${describe(valueAt(root, at))}` };
    case "int": {
      const v = valueAt(root, at);
      if (typeof v !== "number" || v % 1 || isNaN(v)) return { pointer: at, message: `invalid type: expected integer, got ${describe(v)}` };
      const [comparison, limit] = v > p["max"] ? ["<=", p["max"]] : [">=", p["min"]];
      return { pointer: at, message: `invalid value: ${describe(v)} is out of range (must be ${comparison} ${String(limit)})` };
    }
    case "pattern":
      return {
        pointer: at,
        message: p["pattern"] === UUID_PATTERN ? "expected a lowercase hyphenated UUID" : "expected a timestamp as chrono writes it (RFC 3339, UTC, Z, 0/3/6/9 fraction digits)"
      };
    case "minProperties":
    case "maxProperties":
      return { pointer: at, message: "an enum value has exactly one key: its variant" };
    case "f32":
      return { pointer: at, message: `${describe(valueAt(root, at))} is not an f32 value (an f32 field holds what Math.fround gives)` };
    case "plain":
      return { pointer: at, message: `expected a plain object (an object literal, JSON.parse's output or Object.create(null)), got ${describe(valueAt(root, at))}` };
    case "minItems":
    case "maxItems":
    case "additionalItems":
      return { pointer: at, message: "wrong number of elements for a tuple" };
    default:
      return { pointer: at, message: `fails "${e.keyword}"` };
  }
}
function run(validator, value, unbounded) {
  let errors;
  try {
    const problem = unbounded ? shapeProblem(value) : void 0;
    if (problem) return [problem];
    if (validator(value)) return [];
    errors = (validator.errors ?? []).filter((e) => e.keyword !== "if" && e.keyword !== "propertyNames");
  } catch (e) {
    return [unreadable(value, e)];
  }
  return errors.slice(0, 1).map((e) => {
    try {
      return issue(value, e);
    } catch {
      return { pointer: e.instancePath, message: `fails "${e.keyword}"` };
    }
  });
}
function unreadable(value, e) {
  return shapeProblem(value, LOCATE_BUDGET) ?? { pointer: "", message: `the value cannot be checked: ${describeError(e)}` };
}
function validateNodeMessage(value) {
  return run(ajv.ajvNodeMessage, value, false);
}
function validateGatewayMessage(value) {
  return run(ajv.ajvGatewayMessage, value, false);
}
function validateNodeId(value) {
  return run(ajv.ajvNodeId, value, false);
}
function validateWorkloadId(value) {
  return run(ajv.ajvWorkloadId, value, false);
}
function validateUuid(value) {
  return run(ajv.ajvUuid, value, false);
}
function validateTimestamp(value) {
  return run(ajv.ajvTimestamp, value, false);
}
function validateNodeCapabilities(value) {
  return run(ajv.ajvNodeCapabilities, value, false);
}
function validateGpuCapability(value) {
  return run(ajv.ajvGpuCapability, value, false);
}
function validateGpuMetricsProto(value) {
  return run(ajv.ajvGpuMetricsProto, value, false);
}
function validateWorkloadState(value) {
  return run(ajv.ajvWorkloadState, value, false);
}
function validateWorkload(value) {
  return run(ajv.ajvWorkload, value, false);
}
function validateWorkloadSpec(value) {
  const wire = run(ajv.ajvWorkloadSpec, value, false);
  if (wire.length > 0) return wire.map((i) => ({ ...i, field: i.pointer.split("/")[1] ?? "" }));
  try {
    return rules.checkWorkloadSpecRules(value).map((v) => ({ pointer: `/${v.field}`, ...v }));
  } catch (e) {
    const i = unreadable(value, e);
    return [{ ...i, field: i.pointer.split("/")[1] ?? "" }];
  }
}
function validateKeyValue(value) {
  return run(ajv.ajvKeyValue, value, false);
}
function validateVolumeMount(value) {
  return run(ajv.ajvVolumeMount, value, false);
}
function validateRestartPolicy(value) {
  return run(ajv.ajvRestartPolicy, value, false);
}
function validateWorkloadStatus(value) {
  return run(ajv.ajvWorkloadStatus, value, false);
}
function validateNodeConfig(value) {
  return run(ajv.ajvNodeConfig, value, false);
}
function validateWorkloadEvent(value) {
  return run(ajv.ajvWorkloadEvent, value, false);
}
function validateWorkloadEventKind(value) {
  return run(ajv.ajvWorkloadEventKind, value, false);
}
function validateEventMetadata(value) {
  return run(ajv.ajvEventMetadata, value, false);
}
function validateValidationError(value) {
  return run(ajv.ajvValidationError, value, false);
}
function validateProtoError(value) {
  return run(ajv.ajvProtoError, value, false);
}
export {
  validateEventMetadata,
  validateGatewayMessage,
  validateGpuCapability,
  validateGpuMetricsProto,
  validateKeyValue,
  validateNodeCapabilities,
  validateNodeConfig,
  validateNodeId,
  validateNodeMessage,
  validateProtoError,
  validateRestartPolicy,
  validateTimestamp,
  validateUuid,
  validateValidationError,
  validateVolumeMount,
  validateWorkload,
  validateWorkloadEvent,
  validateWorkloadEventKind,
  validateWorkloadId,
  validateWorkloadSpec,
  validateWorkloadState,
  validateWorkloadStatus
};
//# sourceMappingURL=validate.js.map
