import type * as T from "./types.js";
/** A rule violation, like the crate's ValidationError: the field and what is wrong with it. */
export interface RuleViolation {
    field: string;
    message: string;
}
/** The spec's Validation table for WorkloadSpec; returns [] when the value passes. */
export declare function checkWorkloadSpecRules(v: T.WorkloadSpec): RuleViolation[];
