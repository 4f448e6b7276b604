import type { TypeRef } from "../model/types.js";

/** One `is<Kind>` flag per type kind: templates branch on flags, as Handlebars has no switch. */
export interface KindFlags {
  isString: boolean;
  isBool: boolean;
  isInt: boolean;
  isFloat: boolean;
  isMap: boolean;
  isUuid: boolean;
  isTimestamp: boolean;
  isRef: boolean;
  isOption: boolean;
  isList: boolean;
  isTuple: boolean;
}

export function kindFlags(kind: TypeRef["kind"]): KindFlags {
  return {
    isString: kind === "string",
    isBool: kind === "bool",
    isInt: kind === "int",
    isFloat: kind === "float",
    isMap: kind === "map",
    isUuid: kind === "uuid",
    isTimestamp: kind === "timestamp",
    isRef: kind === "ref",
    isOption: kind === "option",
    isList: kind === "list",
    isTuple: kind === "tuple",
  };
}
