var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var rules_exports = {};
__export(rules_exports, {
  checkWorkloadSpecRules: () => checkWorkloadSpecRules
});
module.exports = __toCommonJS(rules_exports);
var import_scalars = require("./scalars.js");
var import_imageReference = require("./imageReference.js");
var import_runtime = require("./runtime.js");
function checkWorkloadSpecRules(v) {
  const out = [];
  {
    const x = v.image;
    if (x !== null) {
      if ((0, import_scalars.charCount)(x) < 1) out.push({ field: "image", message: `image must not be empty` });
      if ((0, import_scalars.charCount)(x) >= 1 && !(0, import_imageReference.isImageReference)(x)) out.push({ field: "image", message: `image is not a valid container image reference: ${(0, import_runtime.quoted)(x)}` });
    }
  }
  {
    const x = v.gpu_count;
    if (x !== null) {
      if (x < 0) out.push({ field: "gpu_count", message: `gpu_count must be at least 0, got ${x}` });
      if (x > 64) out.push({ field: "gpu_count", message: `gpu_count must be at most 64, got ${x}` });
    }
  }
  {
    const x = v.gpu_memory_mb;
    if (x !== null) {
      if (x < 0) out.push({ field: "gpu_memory_mb", message: `gpu_memory_mb must be at least 0, got ${x}` });
      if (x > 1048576) out.push({ field: "gpu_memory_mb", message: `gpu_memory_mb must be at most 1048576, got ${x}` });
    }
  }
  {
    const x = v.cpu_millicores;
    if (x !== null) {
      if (x < 0) out.push({ field: "cpu_millicores", message: `cpu_millicores must be at least 0, got ${x}` });
      if (x > 1024e3) out.push({ field: "cpu_millicores", message: `cpu_millicores must be at most 1024000, got ${x}` });
    }
  }
  {
    const x = v.memory_mb;
    if (x !== null) {
      if (x < 0) out.push({ field: "memory_mb", message: `memory_mb must be at least 0, got ${x}` });
      if (x > 4194304) out.push({ field: "memory_mb", message: `memory_mb must be at most 4194304, got ${x}` });
    }
  }
  v.ports.forEach((x, i) => {
    if (x !== null) {
      if (x < 1) out.push({ field: "ports", message: `ports[${i}] must be at least 1, got ${x}` });
      if (x > 65535) out.push({ field: "ports", message: `ports[${i}] must be at most 65535, got ${x}` });
    }
  });
  return out;
}
//# sourceMappingURL=rules.js.map
