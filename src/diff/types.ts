import type { Decl, Direction, EnumDecl, Field, Model, Rules, TypeRef, Variant } from "../model/types.js";
import type { Protocol } from "./protocol.js";

/** What a change touches: what serde accepts, the spec's rule layer (x-rules, defaults), or documentation only. */
export type Layer = "wire" | "rules" | "docs";

export type Verdict = "ok" | "breaks";

/**
 * The two mixed-version pairs in one direction of traffic: an upgraded writer talking to a reader
 * that is not upgraded yet, and the reverse.
 */
export interface RolePair<T> {
  oldReaderNewWriter: T;
  newReaderOldWriter: T;
}

export const ROLE_PAIRS = ["oldReaderNewWriter", "newReaderOldWriter"] as const satisfies readonly (keyof RolePair<unknown>)[];

/**
 * A value at some place in a type: a model type, or the body of a struct or enum (whose members
 * the engine pairs itself), so a struct replaced by an alias is one comparison like any other.
 */
export type Shape = TypeRef | { kind: "struct-body" } | { kind: "enum-body" };

/** Where a value comparison happens: a field's type, a newtype variant's payload, or a type's own definition. */
export type Where = "field" | "variant" | "type";

/** What each kind of rule is given: a pair of model nodes matched by stable key (either side may be missing). */
export interface Subjects {
  /** `protocol`: the peers and the version's carriers, for texts in the schema's own words. */
  model: { old: Model; new: Model; protocol: Protocol };
  decl: { old?: Decl; new?: Decl };
  field: { old?: Field; new?: Field };
  /** `enums`: the enum on each side, whose representation and catch-all decide what a reader does with a tag. */
  variant: { old?: Variant; new?: Variant; message: boolean; enums: { old: EnumDecl; new: EnumDecl } };
  /** An enum's variants, all paired at once (for what depends on their order). */
  variants: { enums: { old: EnumDecl; new: EnumDecl }; pairs: { old?: Variant; new?: Variant }[] };
  /** One level of two differing values (the engine walks into Option, lists and tuples). */
  value: { from: Shape; to: Shape; where: Where };
  /** A field's x-rules (`item`: the rules on each item of a list). A side without rules is `{}`. */
  rules: { old: Rules; new: Rules; item: boolean };
  description: { old?: string; new?: string };
  /** `oldAt`/`newAt`: the keyword each side writes it under, as a pointer suffix (`/x-rust-default` or `/default`). */
  default: { old?: string; new?: string; oldAt: string; newAt: string };
}
export type Subject = keyof Subjects;

/** What a rule found. */
export interface Hit {
  message: string;
  /** For a "breaks" verdict: when it breaks, in words (a value, a variant, always). */
  when?: Partial<RolePair<string>>;
  /** Pointer suffixes below the paired nodes, when the change sits deeper (e.g. `/x-rules/maximum`). */
  oldAt?: string;
  newAt?: string;
  /** The rule's recipe in the schema's own words (peers, messages), when it names them. */
  recipe?: string;
}

export interface Rule<S extends Subject = Subject> {
  /** Stable public ID: never reused, never renamed. */
  id: string;
  subject: S;
  layer: Layer;
  /** One line: the change this rule detects. */
  summary: string;
  verdicts: RolePair<Verdict>;
  /** The serde (or spec) behaviour behind the verdicts. */
  why: string;
  /** How to make the change safely when no deploy order avoids the break. */
  recipe?: string;
  /** What stops compiling for code built on the generated package (not a wire break). */
  source?: string;
  check(pair: Subjects[S]): Hit[];
}

export type AnyRule = { [S in Subject]: Rule<S> }[Subject];

export interface Location {
  pointer: string;
  line: number;
  column: number;
}

export interface Judged {
  verdict: Verdict;
  when?: string;
}

/** A peer named in `x-messages` (claw-proto: "node", "gateway"). */
export type Peer = string;

export interface DirectionVerdicts extends RolePair<Judged> {
  direction: Direction;
  writer: Peer;
  reader: Peer;
}

export interface Finding {
  rule: string;
  layer: Layer;
  message: string;
  /** The type the change is reported at (once, however many messages reach it). */
  type: string;
  /** Field or variant below the type: `priority`, `Pulling`, `Register.node_id`. */
  member?: string;
  /** For people: `WorkloadSpec.priority`, `NodeMessage::Register.node_id`. */
  path: string;
  old: Location;
  new: Location;
  /** Every message variant (`GatewayMessage::DeployWorkload`) whose payload reaches the type. */
  reachedBy: string[];
  verdicts: RolePair<Judged>;
  /** The verdicts in each direction the type travels; empty when no message reaches it. */
  directions: DirectionVerdicts[];
  /** Some direction the type travels breaks. */
  breaking: boolean;
  /** For a breaking change: the deploy order that avoids the break, or the recipe when none does. */
  rollout?: string;
  source?: string;
}

export interface SideInfo {
  /** As given on the command line: a path, or `git:<rev>:<path>`. */
  label: string;
  /** The schema file the pointers and lines refer to. */
  file: string;
  protocolVersion: number;
  /** Where `x-protocol-version` is written. */
  protocolVersionAt: Location;
}

export interface LayerCount {
  findings: number;
  breaking: number;
}

export interface DiffSummary {
  findings: number;
  breaking: number;
  byLayer: Record<Layer, LayerCount>;
  /** Findings that also break code compiled against the generated package. */
  sourceBreaking: number;
  versionChanged: boolean;
  /** Something breaks, yet the protocol's major version stayed the same. */
  breakingWithoutVersionChange: boolean;
  /** The deploy order that keeps every breaking change safe, or why there is none. */
  rollout?: string;
}

export interface DiffReport {
  old: SideInfo;
  new: SideInfo;
  summary: DiffSummary;
  /** Sorted: layer (wire, rules, docs), then line in the new file, then rule ID. */
  findings: Finding[];
  /** The peers and the version's carriers, for the formats' words; not part of the JSON format. */
  protocol: Protocol;
}

/** Declare a rule with its subject's pair type inferred. */
export function defineRule<S extends Subject>(rule: Rule<S>): Rule<S> {
  return rule;
}
