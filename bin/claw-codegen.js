#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// The CLI is compiled from src/ into dist/. The npm package ships dist/ (`npm pack` builds it through the
// `prepare` script); a clone has it after `npm ci` or `npm run build`.
const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  const root = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
  process.stderr.write(`claw-codegen: ${fileURLToPath(entry)} is missing: run \`npm ci\` (or \`npm run build\`) in ${root}\n`);
  process.exitCode = 3;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
