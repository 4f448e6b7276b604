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
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var src_exports = {};
__export(src_exports, {
  ProtoError: () => import_runtime.ProtoError,
  isImageReference: () => import_imageReference.isImageReference
});
module.exports = __toCommonJS(src_exports);
__reExport(src_exports, require("./values.js"), module.exports);
__reExport(src_exports, require("./codec.js"), module.exports);
__reExport(src_exports, require("./bincode.js"), module.exports);
__reExport(src_exports, require("./validate.js"), module.exports);
__reExport(src_exports, require("./rules.js"), module.exports);
var import_runtime = require("./runtime.js");
var import_imageReference = require("./imageReference.js");
//# sourceMappingURL=index.js.map
