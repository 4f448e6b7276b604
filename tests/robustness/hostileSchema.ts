// A schema in which every position that holds free text (title, descriptions, rule descriptions,
// $comment, examples) is a hole, and the structures of what each target writes, with that text left out:
// the hostile-schema property test fills the holes with hostile text and with a plain placeholder,
// and requires the same structure.
import { lexer, type Token } from "marked";
import { parse as parseToml } from "smol-toml";
import ts from "typescript";

/** The text positions of `holeySchema`, in order; a test names the position that broke it. */
export const POSITIONS = [
  "title",
  "description",
  "$comment",
  "Msg.description",
  "Msg.Hello.description",
  "Msg.Hello.name.description",
  "Msg.Hello.count.description",
  "Item.count.x-rules.description",
  "Msg.Blob.description",
  "Msg.Ping.description",
  "ItemId.description",
  "Item.description",
  "Item.id.description",
  "Item.tags.description",
  "Item.tags.items.description",
  "Item.image.description",
  "Item.color.description",
  "Item.color.examples",
  "Item.labels.description",
  "Color.description",
  "Color.Red.description",
  "Shape.description",
  "Shape.Circle.description",
  "Shape.Circle.radius.description",
  "Shape.Other.description",
  "ProtoError.description",
  "ProtoError.Broken.description",
  "ValidationError.description",
  "ValidationError.field.description",
  "Stamp.description",
] as const;

/**
 * The schema with `text(i)` at position i: every kind of declaration each target prints a description
 * for (struct, externally and internally tagged enums, unit-only, newtype, alias, an error enum whose
 * descriptions become Rust `Display` strings, the rule layer), and every way a schema type is named.
 */
export function holeySchema(text: (position: number) => string): object {
  const t = (name: (typeof POSITIONS)[number]) => text(POSITIONS.indexOf(name));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: t("title"),
    description: t("description"),
    $comment: t("$comment"),
    "x-protocol-version": 3,
    "x-messages": { Msg: "node-to-gateway", Shape: "gateway-to-node" },
    $defs: {
      Msg: {
        description: t("Msg.description"),
        "x-serde": "externally-tagged",
        oneOf: [
          { const: "Ping", description: t("Msg.Ping.description") },
          {
            type: "object",
            description: t("Msg.Hello.description"),
            properties: {
              Hello: {
                type: "object",
                properties: {
                  name: { type: "string", description: t("Msg.Hello.name.description") },
                  count: {
                    type: "integer",
                    "x-rust-type": "u32",
                    minimum: 0,
                    maximum: 4294967295,
                    description: t("Msg.Hello.count.description"),
                  },
                },
                required: ["name", "count"],
              },
            },
            required: ["Hello"],
            additionalProperties: false,
          },
          {
            type: "object",
            description: t("Msg.Blob.description"),
            properties: { Blob: { $ref: "#/$defs/Item" } },
            required: ["Blob"],
            additionalProperties: false,
          },
        ],
      },
      ItemId: { description: t("ItemId.description"), "x-newtype": true, $ref: "#/$defs/Uuid" },
      Uuid: { type: "string", format: "uuid", "x-rust-type": "Uuid" },
      Stamp: { description: t("Stamp.description"), type: "string", format: "date-time", "x-rust-type": "DateTime<Utc>" },
      Item: {
        description: t("Item.description"),
        type: "object",
        properties: {
          id: { $ref: "#/$defs/ItemId", description: t("Item.id.description") },
          count: {
            type: "integer",
            "x-rust-type": "u32",
            minimum: 0,
            maximum: 4294967295,
            "x-rules": { minimum: 1, maximum: 10, description: t("Item.count.x-rules.description") },
          },
          tags: {
            type: "array",
            description: t("Item.tags.description"),
            items: { type: "string", description: t("Item.tags.items.description"), "x-rules": { minLength: 1 } },
          },
          image: { type: "string", description: t("Item.image.description"), "x-rules": { format: "image-reference" } },
          color: { $ref: "#/$defs/Color", default: "Red", description: t("Item.color.description"), examples: [t("Item.color.examples")] },
          labels: {
            type: "object",
            description: t("Item.labels.description"),
            additionalProperties: { type: "string" },
            "x-rust-type": "HashMap",
          },
          at: { anyOf: [{ $ref: "#/$defs/Stamp" }, { type: "null" }] },
        },
        required: ["id", "count", "tags", "image", "color", "labels"],
      },
      Color: {
        description: t("Color.description"),
        "x-serde": "externally-tagged",
        default: "Red",
        oneOf: [{ const: "Red", description: t("Color.Red.description") }, { const: "Green" }],
      },
      Shape: {
        description: t("Shape.description"),
        "x-serde": { tag: "kind" },
        oneOf: [
          {
            type: "object",
            description: t("Shape.Circle.description"),
            properties: {
              kind: { const: "Circle" },
              radius: { type: "number", "x-rust-type": "f64", description: t("Shape.Circle.radius.description") },
            },
            required: ["kind", "radius"],
          },
          {
            type: "object",
            description: t("Shape.Other.description"),
            properties: { kind: { const: "Other" } },
            required: ["kind"],
            "x-serde-other": true,
          },
        ],
      },
      ProtoError: {
        description: t("ProtoError.description"),
        "x-serde": "externally-tagged",
        oneOf: [
          {
            type: "object",
            description: t("ProtoError.Broken.description"),
            properties: { Broken: { type: "string" } },
            required: ["Broken"],
            additionalProperties: false,
          },
        ],
      },
      ValidationError: {
        description: t("ValidationError.description"),
        type: "object",
        properties: { field: { type: "string", description: t("ValidationError.field.description") }, message: { type: "string" } },
        required: ["field", "message"],
      },
    },
  };
}

/** A generated file's structure, with comments and the contents of string literals left out. */
export function structure(path: string, text: string): string[] {
  if (/\.(ts|js|mjs|cjs)$/.test(path)) return tsStructure(path, text);
  if (path.endsWith(".rs")) return rustTokens(text);
  if (path.endsWith(".json") || path.endsWith(".js.map")) return [JSON.stringify(shapeOf(JSON.parse(text)))];
  if (path.endsWith(".toml")) return [JSON.stringify(shapeOf(parseToml(text)))];
  if (path.endsWith(".md")) return markdownStructure(text);
  throw new Error(`no structure for ${path}: say how to compare this kind of file`);
}

/** Every string leaf made "S" and free text ("description", absent when empty) left out: two values of the same shape compare equal. */
function shapeOf(value: unknown): unknown {
  if (typeof value === "string") return "S";
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === "description" ? [] : [[k, shapeOf(v)]])));
  return value;
}

/**
 * The syntax tree, node by node: kinds, identifiers and keywords; comments are not nodes, literals only their kind.
 * A doc comment's tags and inline links are structure too (what an IDE shows as `@deprecated` or a link), its text is not.
 */
function tsStructure(path: string, text: string): string[] {
  const kind = path.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const out: string[] = [];
  const named = (node: ts.Node) =>
    ts.isIdentifier(node) || ts.isPrivateIdentifier(node) ? `${ts.SyntaxKind[node.kind]} ${node.text}` : ts.SyntaxKind[node.kind]!;
  // Whether a doc comment is there at all follows from whether a description is (blank or not), so only what is inside counts.
  const visitDoc = (node: ts.Node) => {
    if (node.kind !== ts.SyntaxKind.JSDocText && node.kind !== ts.SyntaxKind.JSDoc) out.push(`doc ${named(node)}`);
    ts.forEachChild(node, visitDoc);
  };
  const visit = (node: ts.Node) => {
    out.push(named(node));
    for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) visitDoc(doc);
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A parse error (an unterminated comment, say) is structure too.
  const errors = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  out.push(`parse errors: ${errors.length}`);
  return out;
}

/**
 * Rust tokens as rustc's lexer splits them: comments (line comments end at LF only; block comments
 * nest) are left out, string, raw string, byte string and char literals are one token "STR".
 */
export function rustTokens(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  const at = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(src);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/u.test(c)) i++;
    else if (src.startsWith("//", i)) i = src.includes("\n", i) ? src.indexOf("\n", i) + 1 : src.length;
    else if (src.startsWith("/*", i)) {
      let depth = 0;
      do {
        if (i >= src.length) throw new Error("unterminated block comment");
        const opens = src.startsWith("/*", i);
        const closes = !opens && src.startsWith("*/", i);
        depth += opens ? 1 : closes ? -1 : 0;
        i += opens || closes ? 2 : 1;
      } while (depth > 0);
    } else {
      const raw = at(/b?r(#*)"/y);
      if (raw) {
        const end = src.indexOf(`"${raw[1]}`, i + raw[0].length);
        if (end < 0) throw new Error("unterminated raw string");
        out.push("STR");
        i = end + 1 + raw[1]!.length;
        continue;
      }
      const str = at(/b?"(?:\\[^]|[^"\\])*"/y) ?? at(/b?'(?:\\u\{[0-9a-fA-F]+\}|\\[^]|[^'\\])'/y);
      if (str) {
        out.push("STR");
        i += str[0].length;
        continue;
      }
      const word = at(/(?:r#)?[A-Za-z_][A-Za-z0-9_]*|'[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*/y);
      out.push(word ? word[0] : c);
      i += word ? word[0].length : 1;
    }
  }
  return out;
}

/** Markdown's token tree, without the text it holds: a heading, a code span or raw HTML that appears is structure. */
function markdownStructure(text: string): string[] {
  const out: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type !== "text" && t.type !== "escape") out.push(t.type === "code" ? `code ${t.lang ?? ""}` : t.type);
      const inner = (t as { tokens?: Token[]; items?: Token[] }).tokens ?? (t as { items?: Token[] }).items;
      if (inner) visit(inner);
    }
  };
  visit(lexer(text));
  return out;
}
