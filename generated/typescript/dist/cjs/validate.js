var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var validate_exports = {};
__export(validate_exports, {
  validateEventMetadata: () => validateEventMetadata,
  validateGatewayMessage: () => validateGatewayMessage,
  validateGpuCapability: () => validateGpuCapability,
  validateGpuMetricsProto: () => validateGpuMetricsProto,
  validateKeyValue: () => validateKeyValue,
  validateNodeCapabilities: () => validateNodeCapabilities,
  validateNodeConfig: () => validateNodeConfig,
  validateNodeId: () => validateNodeId,
  validateNodeMessage: () => validateNodeMessage,
  validateProtoError: () => validateProtoError,
  validateRestartPolicy: () => validateRestartPolicy,
  validateTimestamp: () => validateTimestamp,
  validateUuid: () => validateUuid,
  validateValidationError: () => validateValidationError,
  validateVolumeMount: () => validateVolumeMount,
  validateWorkload: () => validateWorkload,
  validateWorkloadEvent: () => validateWorkloadEvent,
  validateWorkloadEventKind: () => validateWorkloadEventKind,
  validateWorkloadId: () => validateWorkloadId,
  validateWorkloadSpec: () => validateWorkloadSpec,
  validateWorkloadState: () => validateWorkloadState,
  validateWorkloadStatus: () => validateWorkloadStatus
});
module.exports = __toCommonJS(validate_exports);
var ajv = __toESM(require("./ajv.js"));
var import_runtime = require("./runtime.js");
var rules = __toESM(require("./rules.js"));
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
        return { pointer: at, message: `invalid type: unit variant, expected variant ${(0, import_runtime.quoted)(got)} with its data, written as {${(0, import_runtime.quoted)(got)}: \u2026}` };
      return { pointer: at, message: `unknown variant ${(0, import_runtime.describe)(got)}, expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}` };
    }
    case "additionalProperties": {
      const key = String(p["additionalProperty"]);
      return { pointer: `${at}/${(0, import_runtime.pointerSegment)(key)}`, message: `unknown field ${(0, import_runtime.quoted)(key)}` };
    }
    case "false schema": {
      const name = at.slice(at.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
      return { pointer: at, message: `invalid type: ${(0, import_runtime.describe)(valueAt(root, at))}, expected unit variant ${(0, import_runtime.quoted)(name)}, written as the string ${(0, import_runtime.quoted)(name)}` };
    }
    case "required":
      return { pointer: at, message: `missing field ${JSON.stringify(p["missingProperty"])}` };
    case "type":
      return { pointer: at, message: `invalid type: expected ${String(p["type"])}, got ${(0, import_runtime.describe)(valueAt(root, at))}` };
    case "int": {
      const v = valueAt(root, at);
      if (typeof v !== "number" || v % 1 || isNaN(v)) return { pointer: at, message: `invalid type: expected integer, got ${(0, import_runtime.describe)(v)}` };
      const [comparison, limit] = v > p["max"] ? ["<=", p["max"]] : [">=", p["min"]];
      return { pointer: at, message: `invalid value: ${(0, import_runtime.describe)(v)} is out of range (must be ${comparison} ${String(limit)})` };
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
      return { pointer: at, message: `${(0, import_runtime.describe)(valueAt(root, at))} is not an f32 value (an f32 field holds what Math.fround gives)` };
    case "plain":
      return { pointer: at, message: `expected a plain object (an object literal, JSON.parse's output or Object.create(null)), got ${(0, import_runtime.describe)(valueAt(root, at))}` };
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
    const problem = unbounded ? (0, import_runtime.shapeProblem)(value) : void 0;
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
  return (0, import_runtime.shapeProblem)(value, LOCATE_BUDGET) ?? { pointer: "", message: `the value cannot be checked: ${(0, import_runtime.describeError)(e)}` };
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
//# sourceMappingURL=validate.js.map
