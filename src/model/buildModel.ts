import type { Diagnostic } from "../diagnostics.js";
import { InputError, joinPointer } from "../diagnostics.js";
import type { CheckedSchema, JsonObject } from "../check/checkSchema.js";
import { isObject, sortDiagnostics } from "../check/checkSchema.js";
import type { Json } from "../load/loadSchema.js";
import type { Decl, Direction, EnumDecl, Field, IntKind, Model, RenameRule, Rules, TypeRef, Variant } from "./types.js";
import { INT_RANGES, RENAME_RULES, assertNever } from "./types.js";
import { checkNames } from "./checkNames.js";
import { checkRepresentations } from "./checkRepresentations.js";
import { fieldFromWire, variantFromWire } from "./rename.js";
import { readings } from "./direction.js";
import { isPrintableLine } from "../render/escape.js";

const U32_MAX = 4294967295;
/** Keywords a JSON Schema validator enforces but serde does not: the model would drop them silently. */
const WIRE_UNENFORCED = ["enum", "const", "minLength", "minItems", "maxItems"] as const;

/** Interpret a checked schema as the language-neutral model; every problem is a located diagnostic. */
export function buildModel(schema: CheckedSchema): Model {
  const { source, root, defs } = schema;
  const diagnostics: Diagnostic[] = [];
  const report = (code: string, pointer: string, message: string) => diagnostics.push(source.diagnostic(code, pointer, message));
  /** Where each field's default was written (`x-rust-default`, or `default` in earlier schemas), for checks after references resolve. */
  const defaultAt = new Map<Field, string>();
  /** Every `x-rust-default` the model read: one anywhere else would be silently ignored, so it is refused. */
  const defaultsRead = new Set<string>();
  /**
   * The Rust default a node declares and where: `x-rust-default`, or `default` as earlier schemas (and this
   * tool's own before) wrote it, read the same way so they keep working. Both at once is refused: a tool that
   * reads `default` would see one value and the generated code use the other.
   */
  const rustDefault = (node: Record<string, Json>, pointer: string): { value: Json | undefined; at: string } => {
    const ours = node["x-rust-default"];
    const standard = node["default"];
    if (ours !== undefined && standard !== undefined)
      report(
        "bad-default",
        joinPointer(pointer, "default"),
        `"default" and "x-rust-default" both given: keep only "x-rust-default" (standard tools read "default" as "optional")`,
      );
    if (ours === undefined) return { value: standard, at: joinPointer(pointer, "default") };
    defaultsRead.add(joinPointer(pointer, "x-rust-default"));
    return { value: ours, at: joinPointer(pointer, "x-rust-default") };
  };

  const unenforced = (node: JsonObject, pointer: string, consumed: readonly string[] = []) => {
    for (const k of WIRE_UNENFORCED) {
      if (node[k] !== undefined && !consumed.includes(k)) {
        report(
          "ignored-keyword",
          joinPointer(pointer, k),
          `"${k}" restricts values that serde accepts, and nothing would enforce it; spec rules go in "x-rules"`,
        );
      }
    }
  };

  const typeRef = (node: JsonObject, pointer: string): TypeRef | undefined => {
    if (typeof node["$ref"] === "string") {
      if (node["properties"] !== undefined || node["required"] !== undefined) {
        report("unrepresentable", pointer, `"properties" beside "$ref" only declare an internally tagged newtype variant's tag`);
        return undefined;
      }
      return { kind: "ref", name: node["$ref"].slice("#/$defs/".length) };
    }
    unenforced(node, pointer, node["prefixItems"] !== undefined ? ["minItems"] : []);
    const anyOf = node["anyOf"];
    if (Array.isArray(anyOf)) {
      const nonNull = anyOf.filter((s) => !(isObject(s) && s["type"] === "null" && Object.keys(s).length === 1));
      if (anyOf.length === 2 && nonNull.length === 1 && isObject(nonNull[0])) {
        const index = anyOf.indexOf(nonNull[0]);
        const inner = typeRef(nonNull[0], joinPointer(pointer, "anyOf", index));
        if (inner?.kind === "option") {
          report("nested-option", pointer, "Option<Option<T>> cannot round-trip through JSON (both None and Some(None) are null)");
          return undefined;
        }
        return inner && { kind: "option", of: inner };
      }
      report("unrepresentable", joinPointer(pointer, "anyOf"), `"anyOf" is only supported as [T, {"type":"null"}] (an Option)`);
      return undefined;
    }
    switch (node["type"]) {
      case "string": {
        const rust = node["x-rust-type"];
        if (node["format"] === "uuid" && rust === "Uuid") return { kind: "uuid" };
        if (node["format"] === "date-time" && rust === "DateTime<Utc>") return { kind: "timestamp" };
        if (rust !== undefined && rust !== "String") {
          report(
            "bad-rust-type",
            joinPointer(pointer, "x-rust-type"),
            `a string must be "String", or "Uuid" with format "uuid", or "DateTime<Utc>" with format "date-time"; got ${JSON.stringify(rust)}`,
          );
          return undefined;
        }
        if (node["format"] !== undefined) {
          report(
            "unsupported-format",
            joinPointer(pointer, "format"),
            `format ${JSON.stringify(node["format"])} on a plain String is not enforced by serde; put it in "x-rules"`,
          );
          return undefined;
        }
        return { kind: "string" };
      }
      case "boolean":
        return { kind: "bool" };
      case "integer":
        return intType(node, pointer);
      case "number": {
        const rust = node["x-rust-type"];
        if (rust === "f32" || rust === "f64") return { kind: "float", float: rust };
        const at = rust === undefined ? pointer : joinPointer(pointer, "x-rust-type");
        report("bad-rust-type", at, `a number needs "x-rust-type": "f32" or "f64", got ${JSON.stringify(rust ?? null)}`);
        return undefined;
      }
      case "array":
        return arrayType(node, pointer);
      case "object":
        return mapType(node, pointer);
      default:
        report(
          "unrepresentable",
          pointer,
          `cannot map this schema to a Rust type (expected "$ref", an Option anyOf, or type string/boolean/integer/number/array/object)`,
        );
        return undefined;
    }
  };

  const intType = (node: JsonObject, pointer: string): TypeRef | undefined => {
    const rust = node["x-rust-type"];
    if (typeof rust !== "string" || !(rust in INT_RANGES)) {
      report(
        "int-without-rust-type",
        pointer,
        `an integer needs "x-rust-type" (one of ${Object.keys(INT_RANGES).join(", ")}), got ${JSON.stringify(rust ?? null)}`,
      );
      return undefined;
    }
    const int = rust as IntKind;
    for (const bound of ["minimum", "maximum"] as const) {
      if (node[bound] === undefined) continue;
      const raw = source.rawNumber(joinPointer(pointer, bound));
      const expected = bound === "minimum" ? INT_RANGES[int].min : INT_RANGES[int].max;
      if (raw === undefined || !/^-?\d+$/.test(raw) || BigInt(raw) !== BigInt(expected)) {
        report(
          "wire-bound",
          joinPointer(pointer, bound),
          `"${bound}": ${raw} is not ${int}'s ${bound} (${expected}); serde does not enforce other bounds, so spec bounds belong in "x-rules"`,
        );
      }
    }
    return { kind: "int", int };
  };

  const mapType = (node: JsonObject, pointer: string): TypeRef | undefined => {
    const values = node["additionalProperties"];
    if (node["properties"] !== undefined || !isObject(values) || node["x-rust-type"] !== "HashMap") {
      report(
        "unrepresentable",
        pointer,
        `an inline object is a map only as {"type": "object", "additionalProperties": <T>, "x-rust-type": "HashMap"}; a struct is declared under "$defs" and "$ref"ed`,
      );
      return undefined;
    }
    const of = typeRef(values, joinPointer(pointer, "additionalProperties"));
    return of && { kind: "map", of };
  };

  const arrayType = (node: JsonObject, pointer: string): TypeRef | undefined => {
    const prefix = node["prefixItems"];
    if (Array.isArray(prefix)) {
      if (node["items"] !== false || node["minItems"] !== prefix.length) {
        report("open-tuple", pointer, `a tuple needs "items": false and "minItems": ${prefix.length} (serde rejects other lengths)`);
        return undefined;
      }
      const items = prefix.map((s, i) => (isObject(s) ? typeRef(s, joinPointer(pointer, "prefixItems", i)) : undefined));
      return items.every((t) => t !== undefined) ? { kind: "tuple", items: items as TypeRef[] } : undefined;
    }
    const items = node["items"];
    if (!isObject(items)) {
      report("untyped-list", pointer, `an array needs an "items" schema`);
      return undefined;
    }
    const of = typeRef(items, joinPointer(pointer, "items"));
    return of && { kind: "list", of };
  };

  /** Where an `x-rules` was read into the model; any other is checked by nothing, and refused below. */
  const rulesRead = new Set<string>();
  const rules = (node: JsonObject, pointer: string): Rules | undefined => {
    const r = node["x-rules"];
    if (r === undefined) return undefined;
    rulesRead.add(joinPointer(pointer, "x-rules"));
    if (!isObject(r)) {
      report("bad-rules", joinPointer(pointer, "x-rules"), `"x-rules" must be an object`);
      return undefined;
    }
    const out: Rules = {};
    for (const [key, value] of Object.entries(r)) {
      const at = joinPointer(pointer, "x-rules", key);
      if (key === "minimum" || key === "maximum") {
        const raw = source.rawNumber(at);
        if (raw === undefined || !/^-?\d+$/.test(raw)) report("bad-rules", at, `"${key}" must be an integer`);
        else out[key] = BigInt(raw).toString();
      } else if (key === "minLength" && typeof value === "number" && Number.isInteger(value) && value >= 0) {
        out.minLength = value;
      } else if (key === "format" && value === "image-reference") {
        out.format = value;
      } else if (key === "description" && typeof value === "string") {
        out.description = value;
      } else {
        report(
          "bad-rules",
          at,
          `unsupported rule ${JSON.stringify(key)}: ${JSON.stringify(value)} (supported: minimum, maximum, minLength, format "image-reference", description)`,
        );
      }
    }
    return out;
  };

  const rulesApply = (r: Rules, t: TypeRef, pointer: string) => {
    if (t.kind === "ref") return; // through a reference the kind is not known yet; direct kinds cover the spec's table
    const numeric = r.minimum !== undefined || r.maximum !== undefined;
    const textual = r.minLength !== undefined || r.format !== undefined;
    if ((numeric && t.kind !== "int") || (textual && t.kind !== "string")) {
      report("bad-rules", pointer, `these rules cannot apply to a ${t.kind}: "minimum"/"maximum" need an integer, "minLength"/"format" a string`);
    } else if (r.minimum !== undefined && r.maximum !== undefined && BigInt(r.minimum) > BigInt(r.maximum)) {
      report("bad-rules", pointer, `"minimum" ${r.minimum} is above "maximum" ${r.maximum}: no value could pass`);
    }
  };

  /** A struct's fields; `tag` is an internally tagged variant's tag key, which is not a field. */
  /** A struct's fields; `variant`: an enum variant's, which no target's rule layer checks (their x-rules are refused). */
  const fields = (node: JsonObject, pointer: string, renameAll?: RenameRule, tag?: string, variant = false): Field[] => {
    unenforced(node, pointer);
    const props = node["properties"];
    if (!isObject(props)) {
      report("struct-without-properties", pointer, `a struct needs "properties"`);
      return [];
    }
    const required = new Set(Array.isArray(node["required"]) ? node["required"] : []);
    if (tag !== undefined) required.delete(tag);
    if (node["additionalProperties"] !== undefined) {
      report(
        "additional-properties",
        joinPointer(pointer, "additionalProperties"),
        `serde ignores unknown fields, so a struct must not restrict "additionalProperties"`,
      );
    }
    const out: Field[] = [];
    for (const [name, sub] of Object.entries(props)) {
      const at = joinPointer(pointer, "properties", name);
      if (!isObject(sub) || name === tag) continue;
      const type = typeRef(sub, at);
      if (!type) continue;
      const isOption = type.kind === "option";
      if (isOption === required.has(name)) {
        report(
          "required-mismatch",
          at,
          isOption
            ? `Option field "${name}" must not be "required" (serde reads an absent Option as None)`
            : `field "${name}" must be listed in "required" (serde rejects a missing non-Option field)`,
        );
      }
      const rustName = rustNameOf(sub, at) ?? (renameAll ? fieldFromWire(name) : name);
      const field: Field = { name, ...(rustName !== name ? { rustName } : {}), type, pointer: at };
      if (typeof sub["description"] === "string") field.description = sub["description"];
      const r = variant ? undefined : rules(sub, at);
      if (r) field.rules = r;
      if (r) rulesApply(r, type.kind === "option" ? type.of : type, joinPointer(at, "x-rules"));
      const items = !variant && type.kind === "list" && isObject(sub["items"]) ? rules(sub["items"], joinPointer(at, "items")) : undefined;
      if (items) field.itemRules = items;
      if (items && type.kind === "list") rulesApply(items, type.of, joinPointer(at, "items", "x-rules"));
      const def = rustDefault(sub, at);
      if (typeof def.value === "string") field.default = def.value;
      else if (def.value !== undefined) report("bad-default", def.at, `a field's default must name a unit variant of the enum it refers to`);
      if (def.value !== undefined) defaultAt.set(field, def.at);
      out.push(field);
    }
    for (const name of required) {
      if (typeof name !== "string" || !(name in props) || name === tag)
        report("required-unknown", joinPointer(pointer, "required"), `"required" names ${JSON.stringify(name)}, which is not a property`);
    }
    return out;
  };

  const rustNameOf = (node: JsonObject, pointer: string): string | undefined => {
    const name = node["x-rust-name"];
    if (name === undefined) return undefined;
    if (typeof name === "string") return name;
    report("bad-rust-name", joinPointer(pointer, "x-rust-name"), `"x-rust-name" must be a string`);
    return undefined;
  };

  const renameAllOf = (node: JsonObject, pointer: string): RenameRule | undefined => {
    const rule = node["x-rename-all"];
    if (rule === undefined) return undefined;
    if (RENAME_RULES.includes(rule as RenameRule)) return rule as RenameRule;
    report("bad-rename-all", joinPointer(pointer, "x-rename-all"), `"x-rename-all" must be one of ${RENAME_RULES.join(", ")}; got ${JSON.stringify(rule)}`);
    return undefined;
  };

  /** A variant's payload schema: an inline object with properties is a struct variant, anything else a newtype. */
  const payload = (node: JsonObject, pointer: string): Variant["payload"] | undefined => {
    if (node["type"] === "object" && node["properties"] !== undefined) return { kind: "struct", fields: fields(node, pointer, undefined, undefined, true) };
    const type = typeRef(node, pointer);
    return type && { kind: "newtype", type };
  };

  /** The `{"const": "<tag>"}` under `key`, or a report of why it is missing. */
  const tagConst = (node: JsonObject, pointer: string, key: string, shape: string): string | undefined => {
    const props = node["properties"];
    const tagSchema = isObject(props) ? props[key] : undefined;
    const required = Array.isArray(node["required"]) ? node["required"] : [];
    if (!isObject(tagSchema) || typeof tagSchema["const"] !== "string" || !required.includes(key)) {
      report("indistinct-variant", pointer, `${shape}: "properties" must hold ${JSON.stringify(key)}: {"const": "<tag>"}, and "required" must list it`);
      return undefined;
    }
    return tagSchema["const"];
  };

  const variant = (node: JsonObject, pointer: string, e: Pick<EnumDecl, "representation" | "tag" | "content" | "renameAll">): Variant | undefined => {
    const description = typeof node["description"] === "string" ? node["description"] : undefined;
    const explicitRust = rustNameOf(node, pointer);
    const other = node["x-serde-other"] === true;
    if (node["x-serde-other"] !== undefined && node["x-serde-other"] !== true) {
      report("bad-other", joinPointer(pointer, "x-serde-other"), `"x-serde-other" is true or absent`);
    }
    const make = (name: string, p: Variant["payload"] | undefined): Variant | undefined => {
      if (!p) return undefined;
      const rustName = explicitRust ?? (e.renameAll ? variantFromWire(name) : name);
      return {
        name,
        ...(rustName !== name ? { rustName } : {}),
        ...(other ? { other: true as const } : {}),
        payload: p,
        pointer,
        ...(description ? { description } : {}),
      };
    };
    switch (e.representation) {
      case "externally-tagged": {
        if (typeof node["const"] === "string") return make(node["const"], { kind: "unit" });
        const props = node["properties"];
        const keys = isObject(props) ? Object.keys(props) : [];
        const required = node["required"];
        const requiresTag = Array.isArray(required) && required.length === 1 && required[0] === keys[0];
        if (node["type"] !== "object" || keys.length !== 1 || node["additionalProperties"] !== false || !isObject(props) || !requiresTag) {
          report(
            "indistinct-variant",
            pointer,
            `an externally tagged variant is {"const": "Name"} (unit) or an object with exactly one property (the tag), "required" and "additionalProperties": false`,
          );
          return undefined;
        }
        const name = keys[0]!;
        return make(name, payload(props[name] as JsonObject, joinPointer(pointer, "properties", name)));
      }
      case "internally-tagged": {
        const tag = e.tag!;
        const name = tagConst(node, pointer, tag, `an internally tagged variant is an object whose tag is a property`);
        if (name === undefined) return undefined;
        if (typeof node["$ref"] === "string") {
          const extra = Object.keys(node["properties"] as JsonObject).filter((k) => k !== tag);
          if (extra.length > 0) report("indistinct-variant", pointer, `a newtype variant ("$ref") has only the tag as a property; found ${extra.join(", ")}`);
          return make(name, { kind: "newtype", type: { kind: "ref", name: node["$ref"].slice("#/$defs/".length) } });
        }
        const props = node["properties"] as JsonObject;
        if (Object.keys(props).length === 1) return make(name, { kind: "unit" });
        return make(name, { kind: "struct", fields: fields(node, pointer, undefined, tag, true) });
      }
      case "adjacently-tagged": {
        const name = tagConst(node, pointer, e.tag!, `an adjacently tagged variant is an object with the tag and the content as properties`);
        if (name === undefined) return undefined;
        const props = node["properties"] as JsonObject;
        const content = props[e.content!];
        const unexpected = Object.keys(props).filter((k) => k !== e.tag && k !== e.content);
        if (unexpected.length > 0)
          report("indistinct-variant", pointer, `an adjacently tagged variant has only the tag and the content as properties; found ${unexpected.join(", ")}`);
        if (content === undefined) return make(name, { kind: "unit" });
        if (!isObject(content)) return undefined;
        const required = Array.isArray(node["required"]) ? node["required"] : [];
        if (!required.includes(e.content!))
          report("required-mismatch", pointer, `"required" must list the content key ${JSON.stringify(e.content)} of a variant with data`);
        return make(name, payload(content, joinPointer(pointer, "properties", e.content!)));
      }
      case "untagged": {
        if (explicitRust === undefined) {
          report("indistinct-variant", pointer, `an untagged variant has no tag to name it: give it "x-rust-name"`);
          return undefined;
        }
        if (node["type"] === "null" && Object.keys(node).every((k) => ["type", "x-rust-name", "x-serde-other", "description"].includes(k)))
          return make(explicitRust, { kind: "unit" });
        return make(explicitRust, payload(node, pointer));
      }
      default:
        return assertNever(e.representation);
    }
  };

  /** `x-serde`: "externally-tagged" | "untagged" | {"tag": K} | {"tag": K, "content": C}. */
  const representation = (node: JsonObject, pointer: string): Pick<EnumDecl, "representation" | "tag" | "content"> | undefined => {
    const serde = node["x-serde"];
    if (serde === "externally-tagged" || serde === "untagged") return { representation: serde };
    if (isObject(serde) && typeof serde["tag"] === "string" && Object.keys(serde).every((k) => k === "tag" || k === "content")) {
      if (serde["content"] === undefined) return { representation: "internally-tagged", tag: serde["tag"] };
      if (typeof serde["content"] === "string" && serde["content"] !== serde["tag"])
        return { representation: "adjacently-tagged", tag: serde["tag"], content: serde["content"] };
    }
    report(
      "enum-representation",
      serde === undefined ? pointer : joinPointer(pointer, "x-serde"),
      `an enum needs "x-serde": "externally-tagged", "untagged", {"tag": "<key>"} (internally tagged) or {"tag": "<key>", "content": "<other key>"} (adjacently tagged)`,
    );
    return undefined;
  };

  const decl = (name: string, node: JsonObject): Decl | undefined => {
    const pointer = joinPointer("/$defs", name);
    const base = { name, pointer, ...(typeof node["description"] === "string" ? { description: node["description"] } : {}) };
    const renameAll = renameAllOf(node, pointer);
    // An untagged enum is "the first variant that fits": in JSON Schema that is anyOf (oneOf would refuse a value two variants fit).
    const alternatives = node["x-serde"] === "untagged" && Array.isArray(node["anyOf"]) ? node["anyOf"] : node["oneOf"];
    if (Array.isArray(alternatives)) {
      const rep = representation(node, pointer);
      if (!rep) return undefined;
      const e = { ...rep, ...(renameAll ? { renameAll } : {}) };
      const keyword = alternatives === node["oneOf"] ? "oneOf" : "anyOf";
      const variants = alternatives
        .map((v, i) => (isObject(v) ? variant(v, joinPointer(pointer, keyword, i), e) : undefined))
        .filter((v): v is Variant => v !== undefined);
      const seen = new Set<string>();
      for (const v of variants) {
        if (seen.has(v.name)) report("duplicate-variant", v.pointer, `variant "${v.name}" appears twice; the tags could not tell them apart`);
        seen.add(v.name);
      }
      const { value: def, at: defAt } = rustDefault(node, pointer);
      if (def !== undefined && !(typeof def === "string" && variants.some((v) => v.name === def && v.payload.kind === "unit"))) {
        report("bad-default", defAt, `an enum's default must name one of its unit variants`);
      }
      return { ...base, kind: "enum", ...e, variants, ...(typeof def === "string" ? { default: def } : {}) };
    }
    if (node["type"] === "object" && node["properties"] !== undefined)
      return { ...base, kind: "struct", fields: fields(node, pointer, renameAll), ...(renameAll ? { renameAll } : {}) };
    if (renameAll) report("bad-rename-all", joinPointer(pointer, "x-rename-all"), `"x-rename-all" applies to a struct or an enum`);
    const target = typeRef(node, pointer);
    if (!target) return undefined;
    if (node["x-newtype"] === true) return { ...base, kind: "newtype", inner: target };
    return { ...base, kind: "alias", target };
  };

  const decls: Decl[] = [];
  for (const [name, node] of defs) {
    const d = decl(name, node);
    if (d) decls.push(d);
  }

  const version = root["x-protocol-version"];
  if (version === undefined) {
    report("protocol-version", "", `the schema needs "x-protocol-version": a positive integer (the protocol's major version)`);
  } else if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > U32_MAX) {
    report(
      "protocol-version",
      "/x-protocol-version",
      `"x-protocol-version" must be an integer from 1 to ${U32_MAX} (a u32, as PROTOCOL_VERSION is in Rust), got ${source.rawNumber("/x-protocol-version") ?? JSON.stringify(version)}`,
    );
  }
  const title = root["title"];
  if (title !== undefined && (typeof title !== "string" || title.trim() !== title || title === "" || !isPrintableLine(title))) {
    report(
      "bad-title",
      "/title",
      `"title" must be one line of printable text, not blank and without surrounding spaces (no line breaks, control or bidirectional-override characters): it names the package and heads its docs`,
    );
  }
  const messages: Model["messages"] = [];
  const messageMap = root["x-messages"];
  if (!isObject(messageMap)) {
    report(
      "messages",
      "",
      `the schema needs "x-messages": { "<Union>": "<peer>-to-<peer>" }, e.g. { "NodeMessage": "node-to-gateway", "GatewayMessage": "gateway-to-node" }`,
    );
  } else {
    /** The peers named so far, and where each was first named. */
    const peers = new Map<string, string>();
    for (const [name, direction] of Object.entries(messageMap as Record<string, Json>)) {
      const at = joinPointer("/x-messages", name);
      const d = decls.find((x) => x.name === name);
      const found = typeof direction === "string" ? readings(direction) : [];
      // Shown as itself only once it fits the grammar (a-z, 0-9, "-"); anything else may hold hostile text (shownRaw).
      const shown = JSON.stringify(direction);
      if (!d || d.kind !== "enum") report("messages", at, `"${name}" is not an enum in $defs`);
      else if (found.length === 0) {
        report(
          "messages",
          at,
          `a direction is "<peer>-to-<peer>", each peer in lowercase kebab-case (e.g. "node-to-gateway", "sensor-to-collector"); got ${shownRaw(direction)}`,
        );
      } else if (found.length > 1) {
        const ways = found.map((r) => `${r.from} → ${r.to}`).join(" or ");
        report("ambiguous-direction", at, `direction ${shown} reads ${found.length} ways (${ways}): rename a peer so that "-to-" separates the two peers only`);
      } else if (found[0]!.from === found[0]!.to) {
        report(
          "direction-to-itself",
          at,
          `direction ${shown} has ${found[0]!.from} send to itself: a direction names the two peers of the protocol, writer then reader`,
        );
      } else {
        const third = [found[0]!.from, found[0]!.to].filter((p) => !peers.has(p));
        if (peers.size + third.length > 2) {
          const known = `${[...peers.keys()].join(" and ")} (at ${[...new Set(peers.values())].map((w) => `#${w}`).join(", ")})`;
          const more = third.length === 1 ? `a third peer, ${third[0]!}` : `two more peers, ${third.join(" and ")}`;
          report(
            "too-many-peers",
            at,
            `direction ${shown} names ${more}: a schema describes a protocol between two peers, and x-messages already names ${known}`,
          );
        } else {
          for (const p of third) peers.set(p, at);
          messages.push({ name, direction: direction as Direction });
        }
      }
    }
  }

  // Only on an otherwise sound schema: a field whose type failed never had its rules read.
  const places = diagnostics.length === 0 ? keywordPlaces(root, ["x-rules", "x-rust-default"]) : new Map<string, string[]>();
  for (const at of places.get("x-rules") ?? []) {
    if (!rulesRead.has(at))
      report(
        "unchecked-rules",
        at,
        `no target checks "x-rules" here: the rule layer covers the fields of a struct declared in $defs (beside a field's "anyOf", not inside it) and the items of a list field`,
      );
  }
  for (const at of places.get("x-rust-default") ?? []) {
    if (!defaultsRead.has(at))
      report(
        "bad-default",
        at,
        `"x-rust-default" has no effect here: it names the Rust default of an enum declared in $defs, or of a struct field that refers to one`,
      );
  }
  diagnostics.push(...checkNames(decls, (code, pointer, message) => source.diagnostic(code, pointer, message)));
  diagnostics.push(...checkAliasCycles(decls, (code, pointer, message) => source.diagnostic(code, pointer, message)));
  diagnostics.push(...checkThroughRefs(decls, (code, pointer, message) => source.diagnostic(code, pointer, message), defaultAt));
  diagnostics.push(...checkRepresentations(decls, (code, pointer, message) => source.diagnostic(code, pointer, message)));
  if (diagnostics.length > 0) throw new InputError(sortDiagnostics(diagnostics));
  return {
    title: typeof root["title"] === "string" ? root["title"] : "schema",
    ...(typeof root["$id"] === "string" ? { id: root["$id"] } : {}),
    ...(typeof root["description"] === "string" ? { description: root["description"] } : {}),
    protocolVersion: version as number,
    messages,
    decls,
  };
}

/** The pointer of every key named one of `keywords` in a JSON document, by keyword, not looking inside the keywords' own values. */
function keywordPlaces(root: Json, keywords: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>(keywords.map((k) => [k, []]));
  const path: (string | number)[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        path.push(i);
        visit(v);
        path.pop();
      });
    } else if (isObject(value)) {
      for (const k in value) {
        path.push(k);
        const places = found.get(k);
        // Pointers are built only where a keyword is found.
        if (places) places.push(joinPointer("", ...path));
        else visit(value[k]!);
        path.pop();
      }
    }
  };
  visit(root);
  return found;
}

type MakeDiagnostic = (code: string, pointer: string, message: string) => Diagnostic;

/** A value from the schema in a diagnostic: itself when it is a short printable string, else what it is. */
function shownRaw(value: Json): string {
  if (typeof value === "string") return isPrintableLine(value) && value.length <= 80 ? JSON.stringify(value) : "a string that is not one short printable line";
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : JSON.stringify(value);
}

/** A newtype or alias that reaches itself without a struct, list or enum in between has no finite value. */
function checkAliasCycles(decls: Decl[], make: MakeDiagnostic): Diagnostic[] {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const out: Diagnostic[] = [];
  for (const start of decls) {
    const seen = new Set<string>();
    let current: Decl | undefined = start;
    while (current && (current.kind === "alias" || current.kind === "newtype")) {
      if (seen.has(current.name)) {
        out.push(make("cyclic-ref", start.pointer, `"${start.name}" refers to itself through ${[...seen].join(" → ")} with nothing in between`));
        break;
      }
      seen.add(current.name);
      const target: TypeRef = current.kind === "alias" ? current.target : current.inner;
      current =
        target.kind === "ref" || target.kind === "option"
          ? byName.get(target.kind === "ref" ? target.name : target.of.kind === "ref" ? target.of.name : "")
          : undefined;
    }
  }
  return out;
}

/**
 * What only shows once references resolve: an Option of an Option (spelled through an alias or a
 * newtype, which serde makes transparent) and a field default that names no unit variant of its enum.
 */
function checkThroughRefs(decls: Decl[], make: MakeDiagnostic, defaultAt: ReadonlyMap<Field, string>): Diagnostic[] {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const out: Diagnostic[] = [];
  const isOption = (t: TypeRef, seen: Set<string>): boolean => {
    if (t.kind === "option") return true;
    const d = t.kind === "ref" && !seen.has(t.name) ? byName.get(t.name) : undefined;
    if (!d || (d.kind !== "alias" && d.kind !== "newtype")) return false;
    seen.add(d.name);
    return isOption(d.kind === "alias" ? d.target : d.inner, seen);
  };
  const visit = (t: TypeRef, pointer: string): void => {
    if (t.kind === "option" && isOption(t.of, new Set())) {
      out.push(make("nested-option", pointer, "Option<Option<T>> (through a reference) cannot round-trip through JSON (both None and Some(None) are null)"));
    } else if (t.kind === "option" || t.kind === "list" || t.kind === "map") visit(t.of, pointer);
    else if (t.kind === "tuple") t.items.forEach((it) => visit(it, pointer));
  };
  const checkFields = (fields: Field[]) => {
    for (const f of fields) {
      visit(f.type, f.pointer);
      if (f.default === undefined) continue;
      const target = f.type.kind === "ref" ? byName.get(f.type.name) : undefined;
      if (f.type.kind === "ref" && !target) continue; // the target has its own error
      if (!(target?.kind === "enum" && target.variants.some((v) => v.name === f.default && v.payload.kind === "unit"))) {
        out.push(
          make("bad-default", defaultAt.get(f) ?? joinPointer(f.pointer, "default"), `a field's default must name a unit variant of the enum it refers to`),
        );
      }
    }
  };
  for (const d of decls) {
    if (d.kind === "struct") checkFields(d.fields);
    else if (d.kind === "alias") visit(d.target, d.pointer);
    else if (d.kind === "newtype") visit(d.inner, d.pointer);
    else {
      for (const v of d.variants) {
        if (v.payload.kind === "struct") checkFields(v.payload.fields);
        else if (v.payload.kind === "newtype") visit(v.payload.type, v.pointer);
      }
    }
  }
  return out;
}
