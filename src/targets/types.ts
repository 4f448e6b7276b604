import type { Model } from "../model/types.js";
import type { RenderedFile } from "../render/renderTemplates.js";

export interface TargetOptions {
  /** The schema file's name as shown in banners (no directories, so output is the same anywhere). */
  schemaName: string;
  /** The package name to publish under (config `packageName`, `--package-name`); absent: the target's default. */
  packageName?: string;
  /** The npm scope of the default package name (config `npmScope`, `--npm-scope`). */
  npmScope?: string;
  /** The package's and crate's version (config `packageVersion`, `--package-version`); absent: `<protocol major>.0.0`. */
  packageVersion?: string;
  /** Times a step of the render, shown as its own stage (`types typescript`); absent: the step just runs. */
  step?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
}

/** A problem a target finds in a model it cannot print; the pipeline locates it in the schema (exit 2). */
export interface TargetDiagnostic {
  code: string;
  pointer: string;
  message: string;
}

/** A target: a templates folder plus a small view builder over the model. */
export interface Target {
  name: string;
  /** What this target refuses in a model the shared checks accepted (its reserved words, its limits). */
  check(model: Model): TargetDiagnostic[];
  /** Files relative to the target's output folder (`<out>/<name>/`). */
  render(model: Model, options: TargetOptions): Promise<RenderedFile[]>;
}
