// Child process for killed.test.ts: writes version <v> of a synthetic tree into <target> with
// writeTreeAtomic (the built one, dist/), so the test can SIGKILL it at any moment.
import { writeTreeAtomic } from "../../dist/write/writeTreeAtomic.js";

const [target, version, count, size] = process.argv.slice(2);
const files = Array.from({ length: Number(count) }, (_, i) => ({
  path: `d${i % 17}/f${i}.txt`,
  contents: `${version}:${i}:${"x".repeat(Number(size))}\n`,
}));
writeTreeAtomic(target, files);
