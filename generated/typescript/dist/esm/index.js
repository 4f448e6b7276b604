export * from "./values.js";
export * from "./codec.js";
export * from "./bincode.js";
export * from "./validate.js";
export * from "./rules.js";
import { ProtoError } from "./runtime.js";
import { isImageReference } from "./imageReference.js";
export {
  ProtoError,
  isImageReference
};
//# sourceMappingURL=index.js.map
