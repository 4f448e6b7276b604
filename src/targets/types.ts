import type { Model } from "../model/types.js";
import type { RenderedFile, TemplateHelpers } from "../render/renderTemplates.js";

export interface TargetOptions {
  /** The schema file's name as shown in banners (no directories, so output is the same anywhere). */
  schemaName: string;
  /** This target's package name (config `packageName`, `--package-name`), already accepted by its `naming`; absent: `naming.default`. */
  packageName?: string;
  /** The npm scope of the TypeScript package's default name (config `npmScope`, `--npm-scope`). */
  npmScope?: string;
  /** The package's version (config `packageVersion`, `--package-version`); absent: `<protocol major>.0.0`. */
  packageVersion?: string;
  /**
   * This target's own settings (see `TargetSetting`), by key; a key left out takes the setting's default. Given only the
   * keys the target declares.
   */
  settings?: Readonly<Record<string, string>>;
  /** Times a step of the target's work, shown as its own stage (`types typescript`); absent: the step just runs. */
  step?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
}

/**
 * A choice one target declares for itself (`--u64 bigint`, config `"u64": "bigint"`): the CLI and the config read
 * it from the registry, the pipeline hands the value to that target only (TargetOptions.settings), and the render
 * cache keys on it. Light: declared beside the target's naming, loaded before the target.
 */
export interface TargetSetting {
  /** The config key and, as `--<key>`, the flag. */
  key: string;
  /** The values it takes; the first is the default. */
  values: readonly [string, ...string[]];
  /** One line for `--help` and the README. */
  description: string;
}

/** A problem a target finds in a model it cannot print; the pipeline locates it in the schema (exit 2). */
export interface TargetDiagnostic {
  code: string;
  pointer: string;
  message: string;
}

/**
 * The words a target's output reserves. A schema name that is one of them cannot be printed as is;
 * the target's `check` refuses it (see `reservedNames`).
 */
export interface ReservedWords {
  /** The language's keywords: no type, field or variant may be spelled as one. */
  keywords: ReadonlySet<string>;
  /** Names in scope in every generated file (globals, the prelude, imports): a type so named would shadow one. */
  inScope: ReadonlySet<string>;
  /** Names the target's own runtime declares beside the schema's types. */
  runtime: ReadonlySet<string>;
}

/** How a target names its package: light enough to load before the target (the config is checked first). */
export interface PackageNaming {
  /** What the name is, for messages and `--help`: "npm package name". */
  what: string;
  /** Why `name` cannot name this target's package; undefined when it can. */
  problem(name: string): string | undefined;
  /** The name when none is configured. */
  default(model: Model, options: TargetOptions): string;
}

/**
 * What a target can say on the wire, for `claw-codegen targets` and the ports table. A limit listed
 * here is enforced by the target's `check` (exit 2 for a schema that needs it), never silently.
 */
export interface Capabilities {
  /** u64/i64 values read and written exactly across their whole range, or only up to 2^53−1. */
  int64: "exact" | "safe-integers";
  /** bincode 1.3 encode/decode beside JSON. */
  bincode: boolean;
  /** The schema's `x-rules` rule layer (validate_workload_spec). */
  rules: boolean;
  /** Serializers and parsers (false: types and schema only). */
  codec: boolean;
}

/**
 * A target, declared as one unit: its names, reserved words, capabilities and checks, a typed view of
 * the model (the `lower` stage), and the templates that print it. A new language is one folder in
 * src/targets/<name>/, one in templates/<name>/, and one line in the registry (src/targets/index.ts).
 */
export interface Target<View extends object = object> {
  name: string;
  /** One line for `claw-codegen targets`: what the target writes. */
  summary: string;
  reserved: ReservedWords;
  capabilities: Capabilities;
  naming: PackageNaming;
  /** Identifier formatters its templates call ({{snake name}}); never applied to schema text. */
  helpers: TemplateHelpers;
  /** What this target refuses in a model the shared checks accepted (its reserved words, its limits). */
  check(model: Model): TargetDiagnostic[];
  /** lower: the model as this target's templates see it. Runs only for a model `check` accepted. */
  view(model: Model, options: TargetOptions): Promise<View>;
  /** Files relative to the target's output folder (`<out>/<name>/`). */
  render(view: View, options: TargetOptions): Promise<RenderedFile[]>;
}
