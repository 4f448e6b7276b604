import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { INT_RANGES, assertNever } from "../../model/types.js";
import { resolveType } from "../../model/walk.js";
import { snakeCase } from "../../render/identifiers.js";
import { pyDocstring, pyString, serdeJson } from "./escape.js";
import { pyDeclName } from "./names.js";

/**
 * The Python code of each declaration: its types (frozen dataclasses, Enum classes, unions, newtypes) and its
 * codec (decoders over the json tree, encoders to serde_json's text). Schema text reaches the code only through
 * the escapers (pyString for literals, pyDocstring for docstrings); names are identifiers the checks let through.
 */

export interface PyDecl {
  /** The schema's name ($defs key), as the conformance driver's `type` names it. */
  schemaName: string;
  pyName: string;
  snake: string;
  types: string;
  codec: string;
  /** The bincode codec ("" when bincode cannot read the type). */
  bincode: string;
  /** check_x_rules / validate_x ("" when the type has no rules). */
  rules: string;
  exports: string[];
  isMessage: boolean;
}

const IND = "    ";

export class PyEmitter {
  readonly byName: Map<string, Decl>;
  readonly messages: Set<string>;
  /** Declarations a type can reach itself through (their values nest without a bound). */
  readonly recursive: Set<string>;

  constructor(readonly model: Model) {
    this.byName = new Map(model.decls.map((d) => [d.name, d]));
    this.messages = new Set(model.messages.map((m) => m.name));
    this.recursive = new Set(model.decls.filter((d) => this.reaches(d.name, d.name, new Set())).map((d) => d.name));
  }

  private reaches(from: string, to: string, seen: Set<string>): boolean {
    const d = this.byName.get(from);
    if (!d) return false;
    for (const t of refsOf(d)) {
      if (t === to) return true;
      if (!seen.has(t)) {
        seen.add(t);
        if (this.reaches(t, to, seen)) return true;
      }
    }
    return false;
  }

  /** Whether a value of this declaration may hold a recursive one (serde's depth limit then matters). */
  reachesRecursive(name: string): boolean {
    if (this.recursive.has(name)) return true;
    const seen = new Set<string>([name]);
    const stack = [name];
    while (stack.length) {
      const d = this.byName.get(stack.pop()!);
      if (!d) continue;
      for (const r of refsOf(d)) {
        if (this.recursive.has(r)) return true;
        if (!seen.has(r)) {
          seen.add(r);
          stack.push(r);
        }
      }
    }
    return false;
  }

  private decl(name: string): Decl {
    const d = this.byName.get(name);
    if (!d) throw new Error(`no declaration named ${name}`);
    return d;
  }

  /** Through aliases (not newtypes). */
  private resolve(t: TypeRef): TypeRef {
    return resolveType(t, this.byName, false);
  }

  pyType(t: TypeRef): string {
    switch (t.kind) {
      case "string":
        return "str";
      case "bool":
        return "bool";
      case "int":
        return t.int.toUpperCase();
      case "float":
        return t.float.toUpperCase();
      case "uuid":
        return "uuid.UUID";
      case "timestamp":
        return "Timestamp";
      case "ref":
        return pyDeclName(this.decl(t.name));
      case "option":
        return `Optional[${this.pyType(t.of)}]`;
      case "list":
        return `List[${this.pyType(t.of)}]`;
      case "map":
        return `Dict[str, ${this.pyType(t.of)}]`;
      case "tuple":
        return `Tuple[${t.items.map((i) => this.pyType(i)).join(", ")}]`;
      default:
        return assertNever(t);
    }
  }

  private isStringPair(t: TypeRef): boolean {
    return t.kind === "tuple" && t.items.length === 2 && t.items.every((i) => this.resolve(i).kind === "string");
  }

  /** A decoder call over the tree value `x` (a plain name: it may be evaluated twice). */
  dec(t0: TypeRef, x: string, depth = 0, buffered = false): string {
    const t = this.resolve(t0);
    switch (t.kind) {
      case "string":
        return `check_string(${x})`;
      case "bool":
        return `read_bool(${x})`;
      case "int": {
        const r = bounds(t.int);
        return `read_int(${x}, ${r.lo}, ${r.hi}, "${t.int}")`;
      }
      case "float":
        return t.float === "f32" ? `read_f32(${x}${buffered ? ", True" : ""})` : `read_f64(${x})`;
      case "uuid":
        return `read_uuid(${x}, uuid.UUID)`;
      case "timestamp":
        return `read_timestamp(${x})`;
      case "ref":
        return `_dec_${pyDeclName(this.decl(t.name))}(${x}${buffered && this.takesBuffered(t.name) ? ", True" : ""})`;
      case "option":
        return `None if ${x} is None else ${this.dec(t.of, x, depth, buffered)}`;
      case "list":
        return `read_list(${x}, ${this.decFn(t.of, depth, buffered)})`;
      case "map":
        return `read_map(${x}, ${this.decFn(t.of, depth, buffered)})`;
      case "tuple":
        if (this.isStringPair(t)) return `read_string_pair(${x})`;
        return `read_tuple(${x}, (${t.items.map((i) => this.decFn(i, depth, buffered)).join(", ")}${t.items.length === 1 ? "," : ""}))`;
      default:
        return assertNever(t);
    }
  }

  /** Whether a declaration's decoder takes the `buffered` flag (it holds an f32 somewhere, which buffering reads twice rounded). */
  takesBuffered(name: string): boolean {
    const seen = new Set<string>();
    const visit = (n: string): boolean => {
      if (seen.has(n)) return false;
      seen.add(n);
      const d = this.byName.get(n);
      if (!d) return false;
      // Buffered content changes how tags (an integer index is a variant) and f32s (rounded twice) read, and is checked once.
      if (d.kind === "enum" && d.representation !== "externally-tagged") return true;
      // ... and how a unit variant's object form reads: `{"Red": {}}` is unit in content serde owns (see read_unit).
      if (d.kind === "enum" && d.variants.some((v) => v.payload.kind === "unit")) return true;
      return typesOf(d).some((t) => partsOf(t).some((p) => (p.kind === "float" && p.float === "f32") || (p.kind === "ref" && visit(p.name))));
    };
    return visit(name);
  }

  /** Whether a value of this declaration may hold an f32 (read from its decimal token, not from the double). */
  reachesF32(name: string): boolean {
    const seen = new Set<string>();
    const visit = (n: string): boolean => {
      if (seen.has(n)) return false;
      seen.add(n);
      const d = this.byName.get(n);
      return !!d && typesOf(d).some((t) => partsOf(t).some((p) => (p.kind === "float" && p.float === "f32") || (p.kind === "ref" && visit(p.name))));
    };
    return visit(name);
  }

  decFn(t0: TypeRef, depth: number, buffered: boolean): string {
    const t = this.resolve(t0);
    if (t.kind === "ref" && !(buffered && this.takesBuffered(t.name))) return `_dec_${pyDeclName(this.decl(t.name))}`;
    if (t.kind === "string") return "check_string";
    if (t.kind === "bool") return "read_bool";
    if (t.kind === "timestamp") return "read_timestamp";
    if (t.kind === "float" && t.float === "f64") return "read_f64";
    if (this.isStringPair(t)) return "read_string_pair";
    const y = `y${depth}`;
    return `lambda ${y}: ${this.dec(t, y, depth + 1, buffered)}`;
  }

  /** An encoder call over the Python value `x`. */
  enc(t0: TypeRef, x: string, depth = 0): string {
    const t = this.resolve(t0);
    switch (t.kind) {
      case "string":
        return `write_string(${x})`;
      case "bool":
        return `write_bool(${x})`;
      case "int": {
        const r = bounds(t.int);
        return `write_int(${x}, ${r.lo}, ${r.hi}, "${t.int}")`;
      }
      case "float":
        return t.float === "f32" ? `write_f32(${x})` : `write_f64(${x})`;
      case "uuid":
        return `write_uuid(${x})`;
      case "timestamp":
        return `write_timestamp(${x})`;
      case "ref":
        return `_enc_${pyDeclName(this.decl(t.name))}(${x})`;
      case "option":
        return `"null" if ${x} is None else ${this.enc(t.of, x, depth)}`;
      case "list":
        return `write_list(${x}, ${this.encFn(t.of, depth)})`;
      case "map":
        return `write_map(${x}, ${this.encFn(t.of, depth)})`;
      case "tuple":
        if (this.isStringPair(t)) return `write_string_pair(${x})`;
        return `write_tuple(${x}, (${t.items.map((i) => this.encFn(i, depth)).join(", ")}${t.items.length === 1 ? "," : ""}))`;
      default:
        return assertNever(t);
    }
  }

  encFn(t0: TypeRef, depth: number): string {
    const t = this.resolve(t0);
    if (t.kind === "ref") return `_enc_${pyDeclName(this.decl(t.name))}`;
    if (t.kind === "string") return "write_string";
    if (t.kind === "bool") return "write_bool";
    if (t.kind === "timestamp") return "write_timestamp";
    if (t.kind === "uuid") return "write_uuid";
    if (t.kind === "float") return t.float === "f32" ? "write_f32" : "write_f64";
    if (this.isStringPair(t)) return "write_string_pair";
    const y = `y${depth}`;
    return `lambda ${y}: ${this.enc(t, y, depth + 1)}`;
  }

  /** Parenthesized when it holds a conditional expression (so it can stand as an operand). */
  private operand(code: string): string {
    return /^(None|"null") if /.test(code) ? `(${code})` : code;
  }

  // ---- types ----------------------------------------------------------------------------------

  private doc(text: string | undefined, indent: string): string[] {
    return text ? [pyDocstring(text, indent)] : [];
  }

  private dataclass(name: string, description: string | undefined, fields: readonly Field[], extraDoc?: string): string[] {
    const lines = ["@dataclass(frozen=True)", `class ${name}(FrozenData):`];
    const doc = description ?? extraDoc;
    lines.push(...this.doc(doc, IND));
    if (doc) lines.push("");
    // Slots by hand: dataclass(slots=True) is Python 3.10+.
    lines.push(
      ...tupleLines(
        `${IND}__slots__ =`,
        fields.map((f) => `"${attr(f)}"`),
        IND,
      ),
    );
    if (fields.length > 0) {
      lines.push("");
      for (const f of fields) {
        lines.push(`${IND}${attr(f)}: ${this.pyType(f.type)}`);
        lines.push(...this.doc(f.description, IND));
      }
      const checks = fields.flatMap((f) => this.intChecks(f));
      if (checks.length > 0) lines.push("", `${IND}def __post_init__(self) -> None:`, ...checks.map((c) => IND + IND + c));
    }
    return lines;
  }

  /** The constructor's range checks of a field's integers (direct, in an Option or in a list). */
  private intChecks(f: Field): string[] {
    const t = this.resolve(f.type);
    const check = (it: TypeRef, x: string) => {
      const i = this.resolve(it);
      if (i.kind !== "int") return undefined;
      const r = bounds(i.int);
      return `check_int(${x}, ${r.lo}, ${r.hi}, "${i.int}", "${attr(f)}")`;
    };
    const a = `self.${attr(f)}`;
    if (t.kind === "int") {
      const r = bounds(t.int);
      // The common case (an int in range) costs no call.
      return [`if type(${a}) is not int or not ${r.lo} <= ${a} <= ${r.hi}:`, `${IND}${check(t, a)!}`];
    }
    if (t.kind === "option" && check(t.of, a)) return [`if ${a} is not None:`, `${IND}${check(t.of, a)!}`];
    if (t.kind === "list" && check(t.of, "x")) return [`for x in ${a}:`, `${IND}${check(t.of, "x")!}`];
    return [];
  }

  /** A variant's class name: `<Enum><Variant>`. */
  variantClass(d: EnumDecl, v: Variant): string {
    return `${pyDeclName(d)}${v.rustName ?? v.name}`;
  }

  types(d: Decl): { code: string; exports: string[] } {
    const name = pyDeclName(d);
    switch (d.kind) {
      case "struct":
        return { code: this.dataclass(name, d.description, d.fields).join("\n"), exports: [name] };
      case "newtype": {
        const inner = this.resolve(d.inner);
        const innerNt = inner.kind === "ref" ? resolveType(inner, this.byName, true) : inner;
        if (innerNt.kind === "uuid" && (inner.kind === "uuid" || inner.kind === "ref")) {
          const base = inner.kind === "ref" ? pyDeclName(this.decl(inner.name)) : "uuid.UUID";
          const lines = [`class ${name}(${base}):`, ...this.doc(d.description ?? `A ${name}: a UUID of its own type.`, IND), ""];
          lines.push(`${IND}__slots__ = ()`, "");
          lines.push(
            `${IND}@classmethod`,
            `${IND}def new(cls) -> ${name}:`,
            `${IND}${IND}"""A new random (version 4) ${name}."""`,
            `${IND}${IND}return cls(int=uuid.uuid4().int)`,
          );
          return { code: lines.join("\n"), exports: [name] };
        }
        // A NewType needs a class: an int or a float newtype is one over int or float (its Rust range is checked on serialize).
        const py = inner.kind === "int" ? "int" : inner.kind === "float" ? "float" : this.pyType(d.inner);
        const classLike = /^(str|int|float|bool|Timestamp)$/.test(py) || (inner.kind === "ref" && this.isClass(inner.name));
        const lines = classLike ? [`${name} = NewType("${name}", ${py})`] : [`${name} = ${py}`];
        lines.push(...this.doc(d.description, ""));
        return { code: lines.join("\n"), exports: [name] };
      }
      case "alias": {
        if (d.name === "Timestamp" && d.target.kind === "timestamp") return { code: "", exports: [] };
        const lines = [`${name} = ${this.aliasType(d.target)}`, ...this.doc(d.description, "")];
        return { code: lines.join("\n"), exports: [name] };
      }
      case "enum":
        return this.enumTypes(d);
      default:
        return assertNever(d);
    }
  }

  private isClass(name: string): boolean {
    const d = this.decl(name);
    return (
      d.kind === "struct" ||
      (d.kind === "enum" && d.variants.every((v) => v.payload.kind === "unit")) ||
      (d.kind === "newtype" && this.resolve(d.inner).kind === "uuid")
    );
  }

  /** A type expression evaluated at module level: names of declarations quoted (they may come later, or be itself). */
  private aliasType(t: TypeRef): string {
    switch (t.kind) {
      case "ref":
        return `"${pyDeclName(this.decl(t.name))}"`;
      case "option":
        return `Optional[${this.aliasType(t.of)}]`;
      case "list":
        return `List[${this.aliasType(t.of)}]`;
      case "map":
        return `Dict[str, ${this.aliasType(t.of)}]`;
      case "tuple":
        return `Tuple[${t.items.map((i) => this.aliasType(i)).join(", ")}]`;
      default:
        return this.pyType(t);
    }
  }

  private enumTypes(d: EnumDecl): { code: string; exports: string[] } {
    const name = pyDeclName(d);
    if (d.variants.every((v) => v.payload.kind === "unit")) {
      const lines = [`class ${name}(str, Enum):`, ...this.doc(d.description, IND)];
      if (d.description) lines.push("");
      for (const v of d.variants) {
        lines.push(`${IND}${v.rustName ?? v.name} = ${pyString(v.name)}`);
        lines.push(...this.doc(v.description, IND));
      }
      return { code: lines.join("\n"), exports: [name] };
    }
    const blocks: string[] = [];
    const exports: string[] = [];
    for (const v of d.variants) {
      const cls = this.variantClass(d, v);
      exports.push(cls);
      const fields: Field[] =
        v.payload.kind === "struct" ? v.payload.fields : v.payload.kind === "newtype" ? [{ name: "value", type: v.payload.type, pointer: v.pointer }] : [];
      blocks.push(this.dataclass(cls, v.description, fields, `${d.name}::${v.rustName ?? v.name}.`).join("\n"));
    }
    const members = d.variants.map((v) => `"${this.variantClass(d, v)}"`);
    const union = [`${name} = Union[`, ...members.map((m) => `${IND}${m},`), "]"];
    blocks.push([...union, ...this.doc(d.description, "")].join("\n"));
    exports.push(name);
    return { code: blocks.join("\n\n\n"), exports };
  }

  // ---- codec ----------------------------------------------------------------------------------

  /** A struct's (or a struct variant's) decoder from an object's pairs or an array of its fields. */
  private structDecoder(
    fn: string,
    cls: string,
    label: string,
    fields: readonly Field[],
    buffered: boolean,
    ctor?: (args: string) => string,
    allowSeq = true,
  ): string[] {
    const make = ctor ?? ((args: string) => `${cls}(${args})`);
    const args = fields.map((_, i) => `f${i}`).join(", ");
    const b = buffered ? ", buffered: int = False" : "";
    const lines = [`def ${fn}(v: Any${b}) -> ${cls}:`, `${IND}if type(v) is tuple:`];
    const I2 = IND + IND;
    const I3 = I2 + IND;
    const I4 = I3 + IND;
    const I5 = I4 + IND;
    for (let i = 0; i < fields.length; i++) lines.push(`${I2}f${i}: Any = _MISSING`);
    lines.push(`${I2}key = ""`, `${I2}try:`, `${I3}for key, x in v:`);
    fields.forEach((f, i) => {
      lines.push(`${I4}${i === 0 ? "if" : "elif"} key == ${pyString(f.name)}:`);
      lines.push(`${I5}if f${i} is not _MISSING:`, `${I5}${IND}fail_duplicate(${pyString(f.name)})`);
      lines.push(`${I5}f${i} = ${this.decBuffered(f.type, "x", buffered)}`);
    });
    lines.push(`${I4}${fields.length === 0 ? "if" : "elif"} not key.isascii():`, `${I5}check_key(key)`);
    lines.push(`${I2}except _Fail as e:`, `${I3}e.path.append(key)`, `${I3}raise`);
    fields.forEach((f, i) => {
      lines.push(`${I2}if f${i} is _MISSING:`);
      lines.push(this.resolve(f.type).kind === "option" ? `${I3}f${i} = None` : `${I3}fail_missing(${pyString(f.name)})`);
    });
    lines.push(`${I2}return ${make(args)}`);
    if (!allowSeq) {
      lines.push(`${IND}invalid_type(v, ${pyString(label)})`);
      return lines;
    }
    lines.push(`${IND}if type(v) is list:`);
    lines.push(`${I2}check_struct_seq(v, ${fields.length}, ${pyString(label)})`);
    if (fields.length > 0) {
      lines.push(`${I2}i = 0`, `${I2}try:`);
      fields.forEach((f, i) => {
        if (i > 0) lines.push(`${I3}i = ${i}`);
        lines.push(`${I3}x = v[${i}]`, `${I3}f${i} = ${this.decBuffered(f.type, "x", buffered)}`);
      });
      lines.push(`${I2}except _Fail as e:`, `${I3}e.path.append(i)`, `${I3}raise`);
    }
    lines.push(`${I2}return ${make(args)}`);
    lines.push(`${IND}invalid_type(v, ${pyString(label)})`);
    return lines;
  }

  /** A decoder call passing the `buffered` flag on where the callee takes it. */
  private decBuffered(t: TypeRef, x: string, buffered: boolean): string {
    const r = this.resolve(t);
    // The common cases inline (no call): an ASCII string, an int in range.
    if (r.kind === "string") return `${x} if type(${x}) is str and ${x}.isascii() else check_string(${x})`;
    if (r.kind === "int") {
      const range = bounds(r.int);
      return `${x} if type(${x}) is int and ${range.lo} <= ${x} <= ${range.hi} else ${this.dec(t, x)}`;
    }
    if (!buffered) return this.dec(t, x);
    return this.dec(t, x, 0, true).replace(/, True\)/g, ", buffered)");
  }

  /**
   * A decoder call inside content serde buffered: the flag is the constant True (content serde owns and reads
   * with its ContentDeserializer), or BY_REF for an untagged enum's variants (its ContentRefDeserializer).
   */
  private decInBuffer(t: TypeRef, x: string, byRef = false): string {
    const call = this.dec(t, x, 0, true);
    return byRef ? call.replace(/, True\)/g, ", BY_REF)") : call;
  }

  /**
   * A struct's (or struct variant's) fields as serde writes them: `open` (the JSON before the first key, ending in
   * the struct's `{` or in entries written before the fields, `lead` true then), each `"key":value`, `}` and `close`.
   */
  private structEncoderBody(fields: readonly Field[], v: string, open = "{", close = "", lead = false): string[] {
    if (fields.length === 0) return [`return ${pyString(`${open}}${close}`)}`];
    const lines: string[] = [];
    fields.forEach((f, i) => {
      const key = `${i === 0 ? `${open}${lead ? "," : ""}` : ","}${serdeJson(f.name)}:`;
      const op = i === 0 ? "s =" : "s +=";
      const t = this.resolve(f.type);
      const x = `${v}.${attr(f)}`;
      if (t.kind === "option")
        lines.push(`if ${x} is None:`, `${IND}${op} ${pyString(`${key}null`)}`, "else:", `${IND}${op} ${pyString(key)} + ${this.operand(this.enc(t.of, x))}`);
      else lines.push(`${op} ${pyString(key)} + ${this.operand(this.enc(f.type, x))}`);
    });
    lines.push(`return s + ${pyString(`}${close}`)}`);
    return lines;
  }

  codec(d: Decl): string {
    const code = this.codecBlocks(d);
    if (!this.recursive.has(d.name)) return code;
    // A recursive type nests without a bound: its decoder stops where serde_json's recursion limit would.
    const name = pyDeclName(d);
    return code.replace(new RegExp(`^(def _dec_${name}\\(v: Any[^\n]*:\n)`, "m"), `$1${IND}deep_guard(v)\n`);
  }

  private codecBlocks(d: Decl): string {
    const name = pyDeclName(d);
    const blocks: string[] = [];
    switch (d.kind) {
      case "struct": {
        blocks.push(this.structDecoder(`_dec_${name}`, name, `struct ${d.name}`, d.fields, this.takesBuffered(d.name)).join("\n"));
        blocks.push(
          [
            `def _enc_${name}(v: ${name}) -> str:`,
            `${IND}if type(v) is not ${name}:`,
            `${IND}${IND}expect(v, ${name}, "${name}")`,
            ...this.structEncoderBody(d.fields, "v").map((l) => IND + l),
          ].join("\n"),
        );
        break;
      }
      case "newtype": {
        const inner = this.resolve(d.inner);
        const innerNt = inner.kind === "ref" ? resolveType(inner, this.byName, true) : inner;
        const isUuidClass = innerNt.kind === "uuid";
        const b = this.takesBuffered(d.name);
        const head = `def _dec_${name}(v: Any${b ? ", buffered: int = False" : ""}) -> ${name}:`;
        if (isUuidClass) blocks.push([head, `${IND}return read_uuid(v, ${name})`].join("\n"));
        else {
          const py = inner.kind === "int" ? "int" : inner.kind === "float" ? "float" : this.pyType(d.inner);
          const classLike = /^(str|int|float|bool|Timestamp)$/.test(py) || (inner.kind === "ref" && this.isClass(inner.name));
          const e = this.decBuffered(d.inner, "v", b);
          blocks.push([head, `${IND}return ${classLike ? `${name}(${e})` : e}`].join("\n"));
        }
        blocks.push([`def _enc_${name}(v: ${name}) -> str:`, `${IND}return ${this.enc(d.inner, "v")}`].join("\n"));
        break;
      }
      case "alias": {
        const b = this.takesBuffered(d.name);
        blocks.push(
          [
            `def _dec_${name}(v: Any${b ? ", buffered: int = False" : ""}) -> ${this.pyType(d.target)}:`,
            `${IND}return ${this.decBuffered(d.target, "v", b)}`,
          ].join("\n"),
        );
        blocks.push([`def _enc_${name}(v: ${this.pyType(d.target)}) -> str:`, `${IND}return ${this.enc(d.target, "v")}`].join("\n"));
        break;
      }
      case "enum":
        blocks.push(...this.enumCodec(d));
        break;
      default:
        return assertNever(d);
    }
    return blocks.join("\n\n\n");
  }

  private enumCodec(d: EnumDecl): string[] {
    switch (d.representation) {
      case "externally-tagged":
        return this.externalCodec(d);
      default:
        return this.otherRepresentation(d);
    }
  }

  /** The value of a unit variant (an Enum member, or an instance of the variant's class). */
  unitValue(d: EnumDecl, v: Variant): string {
    const unitOnly = d.variants.every((x) => x.payload.kind === "unit");
    return unitOnly ? `${pyDeclName(d)}.${v.rustName ?? v.name}` : `${this.variantClass(d, v)}()`;
  }

  private externalCodec(d: EnumDecl): string[] {
    const name = pyDeclName(d);
    const unitOnly = d.variants.every((v) => v.payload.kind === "unit");
    const other = d.variants.find((v) => v.other);
    const units = d.variants.filter((v) => v.payload.kind === "unit");
    const data = d.variants.filter((v) => v.payload.kind !== "unit");
    const b = this.takesBuffered(d.name);
    const I2 = IND + IND;
    const I3 = I2 + IND;
    const blocks: string[] = [];
    const known0 = d.variants.filter((v) => !v.other);
    // Struct variants' bodies: decoders like a struct's.
    for (const v of data)
      if (v.payload.kind === "struct")
        blocks.push(
          this.structDecoder(`_dec_${this.variantClass(d, v)}`, this.variantClass(d, v), `struct variant ${d.name}::${v.name}`, v.payload.fields, b).join("\n"),
        );
    blocks.push(
      tupleLines(
        `_TAGS_${name} =`,
        known0.map((v) => pyString(v.name)),
        "",
      ).join("\n"),
    );
    const lines = [`def _dec_${name}(v: Any${b ? ", buffered: int = False" : ""}) -> ${name}:`];
    lines.push(`${IND}if type(v) is str:`);
    if (units.length > 0) {
      lines.push(`${I2}if not v.isascii():`, `${I3}check_key(v)`);
      for (const u of units) lines.push(`${I2}if v == ${pyString(u.name)}:`, `${I3}return ${this.unitValue(d, u)}`);
    }
    for (const v of data)
      lines.push(
        `${I2}if v == ${pyString(v.name)}:`,
        `${I3}raise _Fail(${pyString(`invalid type: unit variant, expected ${v.payload.kind === "struct" ? "struct" : "newtype"} variant`)})`,
      );
    lines.push(other ? `${I2}return ${this.unitValue(d, other)}` : `${I2}fail_unknown_variant(v, _TAGS_${name})`);
    lines.push(`${IND}if type(v) is tuple and v:`);
    lines.push(`${I2}tag, x = v[0]`, `${I2}if not tag.isascii():`, `${I3}check_key(tag)`);
    lines.push(`${I2}if tag not in _TAGS_${name}:`);
    if (other) lines.push(`${I3}tag = ${pyString(other.name)}`);
    else lines.push(`${I3}fail_unknown_variant(tag, _TAGS_${name})`);
    lines.push(`${I2}r: ${name}`, `${I2}try:`);
    d.variants.forEach((v, i) => {
      lines.push(`${I3}${i === 0 ? "if" : "elif"} tag == ${pyString(v.name)}:`);
      const I4 = I3 + IND;
      if (v.payload.kind === "unit") lines.push(`${I4}read_unit(x${b ? ", buffered" : ""})`, `${I4}r = ${this.unitValue(d, v)}`);
      else if (v.payload.kind === "struct") lines.push(`${I4}r = _dec_${this.variantClass(d, v)}(x${b ? ", buffered" : ""})`);
      else lines.push(`${I4}r = ${this.variantClass(d, v)}(${this.decBuffered(v.payload.type, "x", b)})`);
    });
    lines.push(`${I3}else:`, `${I3}${IND}raise AssertionError(tag)`);
    lines.push(`${I2}except _Fail as e:`, `${I3}e.path.append(tag)`, `${I3}raise`);
    lines.push(`${I2}if len(v) > 1:`, `${I3}raise _Fail("expected \`}\` after the single variant key")`, `${I2}return r`);
    lines.push(`${IND}if type(v) is tuple:`, `${I2}raise _Fail("expected a variant key, got an empty object")`);
    lines.push(`${IND}invalid_type(v, ${pyString(`enum ${d.name}`)})`);
    blocks.push(lines.join("\n"));

    // Encoder.
    const enc = [`def _enc_${name}(v: ${name}) -> str:`];
    if (unitOnly) {
      enc.push(`${IND}if type(v) is ${name}:`, `${I2}return _W_${name}[v]`, `${IND}raise _Fail(f"expected a ${name}, got {type(v).__name__}")`);
      blocks.push([`_W_${name} = {`, ...d.variants.map((v) => `${IND}${name}.${v.rustName ?? v.name}: ${pyString(serdeJson(v.name))},`), "}"].join("\n"));
    } else {
      d.variants.forEach((v, i) => {
        const cls = this.variantClass(d, v);
        enc.push(`${IND}${i === 0 ? "if" : "elif"} type(v) is ${cls}:`);
        if (v.payload.kind === "unit") enc.push(`${I2}return ${pyString(serdeJson(v.name))}`);
        else if (v.payload.kind === "newtype")
          enc.push(`${I2}return ${pyString(`{${serdeJson(v.name)}:`)} + ${this.operand(this.enc(v.payload.type, "v.value"))} + "}"`);
        else {
          enc.push(...this.structEncoderBody(v.payload.fields, "v", `{${serdeJson(v.name)}:{`, "}").map((l) => I2 + l));
        }
      });
      enc.push(`${IND}raise _Fail(f"expected a ${name} variant, got {type(v).__name__}")`);
    }
    blocks.push(enc.join("\n"));
    return blocks;
  }

  /** The tags a tagged enum's decoder reads (an open enum's catch-all is not one), and the catch-all's. */
  private tagArgs(d: EnumDecl): string {
    const other = d.variants.find((v) => v.other);
    return `_TAGS_${pyDeclName(d)}, ${other ? pyString(other.name) : "None"}`;
  }

  private tagsBlock(d: EnumDecl): string {
    return tupleLines(
      `_TAGS_${pyDeclName(d)} =`,
      d.variants.filter((v) => !v.other).map((v) => pyString(v.name)),
      "",
    ).join("\n");
  }

  /** Struct variants' decoders (a struct's, named after the variant class). */
  private variantDecoders(d: EnumDecl, allowSeq: boolean): string[] {
    return d.variants.flatMap((v) =>
      v.payload.kind === "struct"
        ? [
            this.structDecoder(
              `_dec_${this.variantClass(d, v)}`,
              this.variantClass(d, v),
              `struct variant ${d.name}::${v.name}`,
              v.payload.fields,
              true,
              undefined,
              allowSeq,
            ).join("\n"),
          ]
        : [],
    );
  }

  /** `if type(v) is Cls: return …` per variant, for an encoder; `body(v)` gives the code of the variant's JSON. */
  private encoderByClass(d: EnumDecl, body: (v: Variant, cls: string) => string[]): string {
    const name = pyDeclName(d);
    const I2 = IND + IND;
    const enc = [`def _enc_${name}(v: ${name}) -> str:`];
    d.variants.forEach((v, i) => {
      const cls = this.variantClass(d, v);
      enc.push(`${IND}${i === 0 ? "if" : "elif"} type(v) is ${cls}:`, ...body(v, cls).map((l) => I2 + l));
    });
    enc.push(`${IND}raise _Fail(f"expected a ${name} variant, got {type(v).__name__}")`);
    return enc.join("\n");
  }

  private otherRepresentation(d: EnumDecl): string[] {
    if (d.variants.every((v) => v.payload.kind === "unit")) throw new Error(`unit-only ${d.representation} enums are not supported by the Python target`);
    switch (d.representation) {
      case "internally-tagged":
        return this.internalCodec(d);
      case "adjacently-tagged":
        return this.adjacentCodec(d);
      case "untagged":
        return this.untaggedCodec(d);
      default:
        throw new Error(d.representation);
    }
  }

  /** Internally tagged: the tag anywhere in the object (the rest checked as serde buffers it), or first in an array. */
  private internalCodec(d: EnumDecl): string[] {
    const name = pyDeclName(d);
    const tagKey = d.tag!;
    const I2 = IND + IND;
    const I3 = I2 + IND;
    const I4 = I3 + IND;
    const blocks = [this.tagsBlock(d), ...this.variantDecoders(d, true)];
    const lines = [`def _dec_${name}(v: Any, buffered: int = False) -> ${name}:`];
    lines.push(`${IND}if type(v) is tuple:`, `${I2}tag = None`, `${I2}rest = []`, `${I2}key = ""`, `${I2}try:`, `${I3}for key, x in v:`);
    lines.push(`${I4}if not key.isascii():`, `${I4}${IND}check_key(key)`);
    lines.push(`${I4}if key == ${pyString(tagKey)}:`);
    lines.push(`${I4}${IND}if tag is not None:`, `${I4}${IND}${IND}fail_duplicate(${pyString(tagKey)})`);
    lines.push(`${I4}${IND}tag = read_tag(x, ${this.tagArgs(d)}, buffered)`);
    lines.push(`${I4}else:`, `${I4}${IND}if not buffered:`, `${I4}${IND}${IND}check_content(x)`, `${I4}${IND}rest.append((key, x))`);
    lines.push(`${I2}except _Fail as e:`, `${I3}e.path.append(key)`, `${I3}raise`);
    lines.push(`${I2}if tag is None:`, `${I3}fail_missing(${pyString(tagKey)})`);
    lines.push(`${I2}body: Any = tuple(rest)`);
    lines.push(`${IND}elif type(v) is list:`);
    lines.push(`${I2}if not v:`, `${I3}fail_missing(${pyString(tagKey)})`);
    lines.push(`${I2}try:`, `${I3}tag = read_tag(v[0], ${this.tagArgs(d)}, buffered)`, `${I2}except _Fail as e:`, `${I3}e.path.append(0)`, `${I3}raise`);
    lines.push(`${I2}body = v[1:]`, `${I2}if not buffered:`, `${I3}check_content(body)`);
    lines.push(`${IND}else:`, `${I2}invalid_type(v, ${pyString(`internally tagged enum ${d.name}`)})`);
    d.variants.forEach((v, i) => {
      const cls = this.variantClass(d, v);
      lines.push(`${IND}${i === 0 ? "if" : "elif"} tag == ${pyString(v.name)}:`);
      if (v.payload.kind === "unit")
        lines.push(`${I2}if type(body) is list and body:`, `${I3}raise _Fail("invalid length: expected 0 elements in sequence")`, `${I2}return ${cls}()`);
      else if (v.payload.kind === "struct") lines.push(`${I2}return _dec_${cls}(body, True)`);
      else lines.push(`${I2}return ${cls}(${this.decInBuffer(v.payload.type, "body")})`);
    });
    lines.push(`${IND}raise AssertionError(tag)`);
    blocks.push(lines.join("\n"));
    const tagEntry = (v: Variant) => `${serdeJson(tagKey)}:${serdeJson(v.name)}`;
    blocks.push(
      this.encoderByClass(d, (v) => {
        if (v.payload.kind === "unit") return [`return ${pyString(`{${tagEntry(v)}}`)}`];
        if (v.payload.kind === "struct") return this.structEncoderBody(v.payload.fields, "v", `{${tagEntry(v)}`, "", true);
        return [`return with_tag(${pyString(tagEntry(v))}, ${this.enc(v.payload.type, "v.value")})`];
      }),
    );
    return blocks;
  }

  /** Adjacently tagged: `{tag: T, content: C}` in either order (content before the tag is buffered), or `[T, C]`. */
  private adjacentCodec(d: EnumDecl): string[] {
    const name = pyDeclName(d);
    const tagKey = d.tag!;
    const contentKey = d.content!;
    const I2 = IND + IND;
    const I3 = I2 + IND;
    const I4 = I3 + IND;
    const blocks = [this.tagsBlock(d), ...this.variantDecoders(d, false)];
    // The content of a variant.
    const c = [`def _content_${name}(tag: str, x: Any, buffered: int) -> ${name}:`];
    d.variants.forEach((v, i) => {
      const cls = this.variantClass(d, v);
      c.push(`${IND}${i === 0 ? "if" : "elif"} tag == ${pyString(v.name)}:`);
      if (v.payload.kind === "unit") c.push(`${I2}read_null(x, "unit variant")`, `${I2}return ${cls}()`);
      else if (v.payload.kind === "struct") c.push(`${I2}return _dec_${cls}(x, buffered)`);
      else c.push(`${I2}return ${cls}(${this.decBuffered(v.payload.type, "x", true)})`);
    });
    c.push(`${IND}raise AssertionError(tag)`);
    blocks.push(c.join("\n"));
    const units = d.variants.filter((v) => v.payload.kind === "unit");
    const lines = [`def _dec_${name}(v: Any, buffered: int = False) -> ${name}:`];
    lines.push(
      `${IND}if type(v) is tuple:`,
      `${I2}tag: Optional[str] = None`,
      `${I2}content: Any = _MISSING`,
      `${I2}early = False`,
      `${I2}r: Any = _MISSING`,
      `${I2}key = ""`,
    );
    lines.push(`${I2}try:`, `${I3}for key, x in v:`, `${I4}if not key.isascii():`, `${I4}${IND}check_key(key)`);
    lines.push(`${I4}if key == ${pyString(tagKey)}:`);
    lines.push(`${I4}${IND}if tag is not None:`, `${I4}${IND}${IND}fail_duplicate(${pyString(tagKey)})`);
    lines.push(`${I4}${IND}tag = read_tag(x, ${this.tagArgs(d)}, buffered)`);
    lines.push(`${I4}${IND}if content is not _MISSING:`, `${I4}${IND}${IND}r = _content_${name}(tag, content, True)`);
    lines.push(`${I4}elif key == ${pyString(contentKey)}:`);
    lines.push(`${I4}${IND}if content is not _MISSING or early:`, `${I4}${IND}${IND}fail_duplicate(${pyString(contentKey)})`);
    lines.push(`${I4}${IND}if tag is not None:`, `${I4}${IND}${IND}early = True`, `${I4}${IND}${IND}r = _content_${name}(tag, x, buffered)`);
    lines.push(`${I4}${IND}else:`, `${I4}${IND}${IND}if not buffered:`, `${I4}${IND}${IND}${IND}check_content(x)`, `${I4}${IND}${IND}content = x`);
    lines.push(`${I2}except _Fail as e:`, `${I3}e.path.append(key)`, `${I3}raise`);
    lines.push(`${I2}if tag is None:`, `${I3}fail_missing(${pyString(tagKey)})`);
    lines.push(`${I2}if r is not _MISSING:`, `${I3}return r  # type: ignore[no-any-return]`);
    for (const u of units) lines.push(`${I2}if tag == ${pyString(u.name)}:`, `${I3}return ${this.variantClass(d, u)}()`);
    lines.push(`${I2}fail_missing(${pyString(contentKey)})`);
    lines.push(`${IND}if type(v) is list:`, `${I2}if len(v) != 2:`, `${I3}raise _Fail(f"invalid length {len(v)}, expected adjacently tagged enum ${d.name}")`);
    lines.push(`${I2}try:`, `${I3}tag = read_tag(v[0], ${this.tagArgs(d)}, buffered)`, `${I2}except _Fail as e:`, `${I3}e.path.append(0)`, `${I3}raise`);
    lines.push(`${I2}try:`, `${I3}return _content_${name}(tag, v[1], buffered)`, `${I2}except _Fail as e:`, `${I3}e.path.append(1)`, `${I3}raise`);
    lines.push(`${IND}invalid_type(v, ${pyString(`adjacently tagged enum ${d.name}`)})`);
    blocks.push(lines.join("\n"));
    const tagEntry = (v: Variant) => `{${serdeJson(tagKey)}:${serdeJson(v.name)}`;
    blocks.push(
      this.encoderByClass(d, (v) => {
        if (v.payload.kind === "unit") return [`return ${pyString(`${tagEntry(v)}}`)}`];
        const open = `${tagEntry(v)},${serdeJson(contentKey)}:`;
        if (v.payload.kind === "struct") return this.structEncoderBody(v.payload.fields, "v", `${open}{`, "}");
        return [`return ${pyString(open)} + ${this.operand(this.enc(v.payload.type, "v.value"))} + "}"`];
      }),
    );
    return blocks;
  }

  /** Untagged: the value checked as serde buffers it, then the first variant (in declaration order) that reads it. */
  private untaggedCodec(d: EnumDecl): string[] {
    const name = pyDeclName(d);
    const I2 = IND + IND;
    const blocks = [...this.variantDecoders(d, true)];
    const lines = [`def _dec_${name}(v: Any, buffered: int = False) -> ${name}:`, `${IND}if not buffered:`, `${I2}check_content(v)`];
    for (const v of d.variants) {
      const cls = this.variantClass(d, v);
      lines.push(`${IND}try:`);
      if (v.payload.kind === "unit") lines.push(`${I2}read_null(v)`, `${I2}return ${cls}()`);
      else if (v.payload.kind === "struct") lines.push(`${I2}return _dec_${cls}(v, BY_REF)`);
      else lines.push(`${I2}return ${cls}(${this.decInBuffer(v.payload.type, "v", true)})`);
      lines.push(`${IND}except _Fail:`, `${I2}pass`);
    }
    lines.push(`${IND}raise _Fail(${pyString(`data did not match any variant of untagged enum ${d.name}`)})`);
    blocks.push(lines.join("\n"));
    blocks.push(
      this.encoderByClass(d, (v) => {
        if (v.payload.kind === "unit") return [`return "null"`];
        if (v.payload.kind === "struct") return this.structEncoderBody(v.payload.fields, "v");
        return [`return ${this.enc(v.payload.type, "v.value")}`];
      }),
    );
    return blocks;
  }

  // ---- bincode ------------------------------------------------------------------------------

  /** Declarations bincode can read: those reaching no internally/adjacently tagged or untagged enum (bincode has no deserialize_any). */
  bincodeCapable(name: string): boolean {
    const seen = new Set<string>();
    const ok = (n: string): boolean => {
      if (seen.has(n)) return true;
      seen.add(n);
      const d = this.byName.get(n);
      if (!d) return true;
      if (d.kind === "enum" && d.representation !== "externally-tagged") return false;
      return refsOf(d).every(ok);
    };
    return ok(name);
  }

  /** A statement writing `x` with the Writer `w`. */
  benc(t0: TypeRef, x: string, depth = 0): string {
    const t = this.resolve(t0);
    const y = `y${depth}`;
    switch (t.kind) {
      case "string":
        return `w.string(${x})`;
      case "bool":
        return `w.boolean(${x})`;
      case "int":
        return `w.integer(${x}, "${t.int}")`;
      case "float":
        return `w.floating(${x}, ${t.float === "f32" ? "True" : "False"})`;
      case "uuid":
        return `w.uuid_bytes(${x})`;
      case "timestamp":
        return `w.timestamp(${x})`;
      case "ref":
        return `_benc_${pyDeclName(this.decl(t.name))}(w, ${x})`;
      case "option":
        return `w.option(${x}, lambda ${y}: ${this.benc(t.of, y, depth + 1)})`;
      case "list":
        return `w.seq(${x}, lambda ${y}: ${this.benc(t.of, y, depth + 1)})`;
      case "map":
        return `w.mapping(${x}, lambda ${y}: ${this.benc(t.of, y, depth + 1)})`;
      case "tuple":
        return `w.items(${x}, (${t.items.map((i) => `lambda ${y}: ${this.benc(i, y, depth + 1)}`).join(", ")}${t.items.length === 1 ? "," : ""}))`;
      default:
        return assertNever(t);
    }
  }

  /** An expression reading a value with the Reader `r`. */
  bdec(t0: TypeRef): string {
    const t = this.resolve(t0);
    switch (t.kind) {
      case "string":
        return "r.string()";
      case "bool":
        return "r.boolean()";
      case "int":
        return `r.integer("${t.int}")`;
      case "float":
        return `r.floating(${t.float === "f32" ? "True" : "False"})`;
      case "uuid":
        return "r.uuid_bytes(uuid.UUID)";
      case "timestamp":
        return "r.timestamp()";
      case "ref":
        return `_bdec_${pyDeclName(this.decl(t.name))}(r)`;
      case "option":
        return `r.option(lambda: ${this.bdec(t.of)})`;
      case "list":
        return `r.seq(lambda: ${this.bdec(t.of)})`;
      case "map":
        return `r.mapping(lambda: ${this.bdec(t.of)})`;
      case "tuple":
        return `(${t.items.map((i) => this.bdec(i)).join(", ")}${t.items.length === 1 ? "," : ""})`;
      default:
        return assertNever(t);
    }
  }

  private bincodeStruct(cls: string, fields: readonly Field[]): string[] {
    const I2 = IND + IND;
    const enc = [`def _benc_${cls}(w: Writer, v: ${cls}) -> None:`, `${IND}if type(v) is not ${cls}:`, `${I2}expect(v, ${cls}, "${cls}")`];
    for (const f of fields) enc.push(`${IND}${this.benc(f.type, `v.${attr(f)}`)}`);
    const dec = [`def _bdec_${cls}(r: Reader) -> ${cls}:`];
    if (fields.length > 0) {
      dec.push(`${IND}key = ${pyString(fields[0]!.name)}`, `${IND}try:`);
      fields.forEach((f, i) => {
        if (i > 0) dec.push(`${I2}key = ${pyString(f.name)}`);
        dec.push(`${I2}f${i} = ${this.bdec(f.type)}`);
      });
      dec.push(`${IND}except _Fail as e:`, `${I2}e.path.append(key)`, `${I2}raise`);
    }
    dec.push(`${IND}return ${cls}(${fields.map((_, i) => `f${i}`).join(", ")})`);
    return [enc.join("\n"), dec.join("\n")];
  }

  bincode(d: Decl): string {
    const name = pyDeclName(d);
    const I2 = IND + IND;
    const blocks: string[] = [];
    switch (d.kind) {
      case "struct":
        blocks.push(...this.bincodeStruct(name, d.fields));
        break;
      case "newtype":
      case "alias": {
        const inner = d.kind === "newtype" ? d.inner : d.target;
        const ty = d.kind === "alias" ? this.pyType(d.target) : name;
        const innerNt = resolveType(inner, this.byName, true);
        blocks.push([`def _benc_${name}(w: Writer, v: ${ty}) -> None:`, `${IND}${this.benc(inner, "v")}`].join("\n"));
        let e = this.bdec(inner);
        if (d.kind === "newtype") {
          if (innerNt.kind === "uuid" && this.resolve(inner).kind !== "ref") e = `r.uuid_bytes(${name})`;
          else if (innerNt.kind === "uuid") e = `r.uuid_bytes(${name})`;
          else if (
            /^(str|bool|Timestamp)$/.test(this.pyType(inner)) ||
            ["int", "float"].includes(this.resolve(inner).kind) ||
            (this.resolve(inner).kind === "ref" && this.isClass((this.resolve(inner) as { name: string }).name))
          )
            e = `${name}(${e})`;
        }
        blocks.push([`def _bdec_${name}(r: Reader) -> ${ty}:`, `${IND}return ${e}`].join("\n"));
        break;
      }
      case "enum": {
        const unitOnly = d.variants.every((v) => v.payload.kind === "unit");
        for (const v of d.variants) if (v.payload.kind === "struct") blocks.push(...this.bincodeStruct(this.variantClass(d, v), v.payload.fields));
        const enc = [`def _benc_${name}(w: Writer, v: ${name}) -> None:`];
        if (unitOnly) {
          enc.push(`${IND}if type(v) is not ${name}:`, `${I2}raise _Fail(f"expected a ${name}, got {type(v).__name__}")`);
          enc.push(`${IND}w.variant(_BIDX_${name}[v])`);
          blocks.push([`_BIDX_${name} = {`, ...d.variants.map((v, i) => `${IND}${name}.${v.rustName ?? v.name}: ${i},`), "}"].join("\n"));
        } else {
          d.variants.forEach((v, i) => {
            const cls = this.variantClass(d, v);
            enc.push(`${IND}${i === 0 ? "if" : "elif"} type(v) is ${cls}:`, `${I2}w.variant(${i})`);
            if (v.payload.kind === "struct") enc.push(`${I2}_benc_${cls}(w, v)`);
            else if (v.payload.kind === "newtype") enc.push(`${I2}${this.benc(v.payload.type, "v.value")}`);
          });
          enc.push(`${IND}else:`, `${I2}raise _Fail(f"expected a ${name} variant, got {type(v).__name__}")`);
        }
        blocks.push(enc.join("\n"));
        const dec = [`def _bdec_${name}(r: Reader) -> ${name}:`, `${IND}i = r.variant(${d.variants.length}, ${pyString(`enum ${d.name}`)})`];
        d.variants.forEach((v, i) => {
          const cls = this.variantClass(d, v);
          const last = i === d.variants.length - 1;
          dec.push(last ? `${IND}return ${this.bincodeVariant(d, v, cls, unitOnly)}` : `${IND}if i == ${i}:`);
          if (!last) dec.push(`${I2}return ${this.bincodeVariant(d, v, cls, unitOnly)}`);
        });
        blocks.push(dec.join("\n"));
        break;
      }
      default:
        return assertNever(d);
    }
    return blocks.join("\n\n\n");
  }

  private bincodeVariant(d: EnumDecl, v: Variant, cls: string, unitOnly: boolean): string {
    if (unitOnly) return `${pyDeclName(d)}.${v.rustName ?? v.name}`;
    if (v.payload.kind === "unit") return `${cls}()`;
    if (v.payload.kind === "struct") return `r.field(${pyString(v.name)}, lambda: _bdec_${cls}(r))`;
    return `${cls}(r.field(${pyString(v.name)}, lambda: ${this.bdec(v.payload.type)}))`;
  }

  // ---- the rule layer -----------------------------------------------------------------------

  /** Whether any field of the declaration has rules. */
  hasRules(d: Decl): boolean {
    return d.kind === "struct" && d.fields.some((f) => f.rules || f.itemRules);
  }

  usesImageReference(): boolean {
    return this.model.decls.some(
      (d) => d.kind === "struct" && d.fields.some((f) => f.rules?.format === "image-reference" || f.itemRules?.format === "image-reference"),
    );
  }

  /** The checks of one value `x` against `rules`, as the Rust crate words them (`field` an identifier, `indexed` adds `[i]`). */
  private ruleChecks(rules: NonNullable<Field["rules"]>, field: string, indexed: boolean, indent: string, x: string): string[] {
    const out: string[] = [];
    // Messages are f-strings over identifiers and decimal numbers only (no schema text), so no brace needs escaping.
    const label = indexed ? `${field}[{i}]` : field;
    const push = (cond: string, message: string) =>
      out.push(`${indent}if ${cond}:`, `${indent}${IND}out.append(RuleViolation(${pyString(field)}, ${message}))`);
    const f = (text: string) => (/\{/.test(text) ? `f${pyString(text)}` : pyString(text));
    if (rules.minimum !== undefined) push(`${x} < ${rules.minimum}`, f(`${label} must be at least ${rules.minimum}, got {${x}}`));
    if (rules.maximum !== undefined) push(`${x} > ${rules.maximum}`, f(`${label} must be at most ${rules.maximum}, got {${x}}`));
    if (rules.minLength !== undefined)
      push(
        `len(${x}) < ${rules.minLength}`,
        f(`${label} ${rules.minLength === 1 ? "must not be empty" : `must be at least ${rules.minLength} characters long`}`),
      );
    if (rules.format === "image-reference")
      push(
        `${rules.minLength !== undefined ? `len(${x}) >= ${rules.minLength} and ` : ""}not is_image_reference(${x})`,
        f(`${label} is not a valid container image reference: {json_quoted(${x})}`),
      );
    return out;
  }

  rules(d: Decl): string {
    if (d.kind !== "struct" || !this.hasRules(d)) return "";
    const name = pyDeclName(d);
    const snake = snakeCase(name);
    const lines = [
      `def check_${snake}_rules(v: ${name}) -> List[RuleViolation]:`,
      `${IND}"""Every rule of the spec's Validation table a ${name} breaks, in field order; empty when it passes."""`,
      `${IND}out: List[RuleViolation] = []`,
    ];
    d.fields.forEach((f, n) => {
      const a = `v.${attr(f)}`;
      const t = this.resolve(f.type);
      const x = `x${n}`;
      if (f.rules) {
        if (t.kind === "option") lines.push(`${IND}${x} = ${a}`, `${IND}if ${x} is not None:`, ...this.ruleChecks(f.rules, attr(f), false, IND + IND, x));
        else lines.push(`${IND}${x} = ${a}`, ...this.ruleChecks(f.rules, attr(f), false, IND, x));
      }
      if (f.itemRules) lines.push(`${IND}for i, ${x}i in enumerate(${a}):`, ...this.ruleChecks(f.itemRules, attr(f), true, IND + IND, `${x}i`));
    });
    lines.push(`${IND}return out`);
    const validate = [
      `def validate_${snake}(v: ${name}) -> None:`,
      `${IND}"""Raise ProtoError (ValidationError, its pointer the field) for the first rule a ${name} breaks."""`,
      `${IND}for issue in check_${snake}_rules(v):`,
      `${IND}${IND}raise ProtoError("ValidationError", f"{issue.field}: {issue.message}", "/" + issue.field)`,
    ];
    return [lines.join("\n"), validate.join("\n")].join("\n\n\n");
  }

  // ---- the package ----------------------------------------------------------------------------

  decls(): PyDecl[] {
    return this.model.decls.map((d) => {
      const { code, exports } = this.types(d);
      const pyName = pyDeclName(d);
      return {
        schemaName: d.name,
        pyName,
        snake: snakeCase(pyName),
        types: code,
        codec: this.codec(d),
        bincode: this.bincodeCapable(d.name) ? this.bincode(d) : "",
        rules: this.rules(d),
        exports,
        isMessage: this.messages.has(d.name),
      };
    });
  }

  /** The Python type a declaration's parse function returns. */
  returnType(d: Decl): string {
    return d.kind === "alias" ? this.pyType(d.target) : pyDeclName(d);
  }
}

/** A tuple one item a line, with the trailing comma that keeps ruff format from joining it. */
function tupleLines(head: string, items: string[], indent: string): string[] {
  // A one-item tuple's comma is no magic trailing comma: ruff keeps it on one line.
  if (items.length === 0) return [`${head} ()`];
  if (items.length === 1) return [`${head} (${items[0]},)`];
  return [`${head} (`, ...items.map((i) => `${indent}${IND}${i},`), `${indent})`];
}

/** An int kind's bounds as the runtime's constants name them (`0`, `U32_MAX`; `I32_MIN`, `I32_MAX`). */
export function bounds(kind: keyof typeof INT_RANGES): { lo: string; hi: string } {
  const k = kind.toUpperCase();
  return kind.startsWith("u") ? { lo: "0", hi: `${k}_MAX` } : { lo: `${k}_MIN`, hi: `${k}_MAX` };
}

function attr(f: Field): string {
  return f.rustName ?? f.name;
}

function partsOf(t: TypeRef): TypeRef[] {
  switch (t.kind) {
    case "option":
    case "list":
    case "map":
      return [t, ...partsOf(t.of)];
    case "tuple":
      return [t, ...t.items.flatMap(partsOf)];
    default:
      return [t];
  }
}

function typesOf(d: Decl): TypeRef[] {
  switch (d.kind) {
    case "struct":
      return d.fields.map((f) => f.type);
    case "enum":
      return d.variants.flatMap((v) =>
        v.payload.kind === "struct" ? v.payload.fields.map((f) => f.type) : v.payload.kind === "newtype" ? [v.payload.type] : [],
      );
    case "newtype":
      return [d.inner];
    case "alias":
      return [d.target];
    default:
      return assertNever(d);
  }
}

function refsOf(d: Decl): string[] {
  return typesOf(d).flatMap((t) => partsOf(t).flatMap((p) => (p.kind === "ref" ? [p.name] : [])));
}
