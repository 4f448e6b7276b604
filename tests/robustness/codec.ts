// The generated package, seen generically: for a type name X, its parseX / serializeX / validateX.
import * as pkg from "../../generated/typescript/dist/esm/index.js";
import { modelFromFile } from "../../src/pipeline.js";
import type { Decl, Model } from "../../src/model/types.js";
import { SCHEMA } from "../helpers/paths.js";

export type Input = string | Uint8Array;
export type ParseOptions = pkg.ParseOptions;
export const ProtoError = pkg.ProtoError;

export interface Codec {
  name: string;
  parse(input: Input, options?: ParseOptions): unknown;
  serialize(value: unknown): string;
  /** Wire-level issues only (the rule layer of validateWorkloadSpec is left out). */
  wireIssues(value: unknown): unknown[];
}

export const MODEL: Model = modelFromFile(SCHEMA);

const exports = pkg as unknown as Record<string, (...args: unknown[]) => unknown>;

export function codecFor(name: string): Codec {
  const parse = exports[`parse${name}`];
  const serialize = exports[`serialize${name}`];
  const validate = exports[`validate${name}`];
  if (!parse || !serialize || !validate) throw new Error(`the generated package has no parse/serialize/validate for ${name}`);
  return {
    name,
    parse: (input, options) => parse(input, options),
    serialize: (value) => serialize(value) as string,
    wireIssues: (value) => (validate(value) as object[]).filter((issue) => !("field" in issue)),
  };
}

export const DECLS: readonly Decl[] = MODEL.decls;
export const CODECS: ReadonlyMap<string, Codec> = new Map(DECLS.map((d) => [d.name, codecFor(d.name)]));

export function codec(name: string): Codec {
  const c = CODECS.get(name);
  if (!c) throw new Error(`no type ${name} in the model`);
  return c;
}
