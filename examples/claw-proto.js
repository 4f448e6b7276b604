// The generated package, by a relative path so the examples run from a fresh clone with no install step.
// In your own project this file is `import ... from "@clawbernetes/claw-proto"`.
export * from "../generated/typescript/dist/esm/index.js";
