// Input to `typia generate` (no transformer plugin): typia's checkers and serializers for the
// package's message types. Built into bench/typia/out/ by bench/typia/build.js.
import typia, { tags } from "typia";
import type { GatewayMessage, NodeMessage } from "../../../generated/typescript/src/types.js";

// typia refuses the package's branded strings ("nonsensible intersection"), so each brand becomes
// the tag a typia user would write by hand. Every number in claw-proto is an integer: checked as
// one (as Ajv's "type": "integer" does), not against each Rust type's range.
type Typia<T> = T extends { readonly __format: "uuid" }
  ? string & tags.Format<"uuid">
  : T extends { readonly __format: "date-time" }
    ? string & tags.Format<"date-time">
    : T extends number
      ? number & tags.Type<"int64">
      : T extends string | boolean | null | undefined
        ? T
        : { [K in keyof T]: Typia<T[K]> };

export type TypiaNodeMessage = Typia<NodeMessage>;
export type TypiaGatewayMessage = Typia<GatewayMessage>;

export const assertNodeMessage = typia.createAssert<TypiaNodeMessage>();
export const assertGatewayMessage = typia.createAssert<TypiaGatewayMessage>();
export const stringifyNodeMessage = typia.json.createStringify<TypiaNodeMessage>();
export const stringifyGatewayMessage = typia.json.createStringify<TypiaGatewayMessage>();
export const assertStringifyNodeMessage = typia.json.createAssertStringify<TypiaNodeMessage>();
export const assertStringifyGatewayMessage = typia.json.createAssertStringify<TypiaGatewayMessage>();
