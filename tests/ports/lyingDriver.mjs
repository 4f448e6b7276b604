// A driver that lies, to show the harness catches one: it forwards each request to a real driver
// (the command after the mode) and alters every Nth answer. Modes:
//   canonical <n>  one byte of an accepted answer's canonical changed
//   accept <n>     a rejection answered as an acceptance of the message's own text
//   reject <n>     an acceptance answered as an InvalidMessage
//   kind <n>       a rejection's kind changed
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const [mode, every, command, ...args] = process.argv.slice(2);
const n = Number(every);
const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
const requests = [];
createInterface({ input: process.stdin })
  .on("line", (line) => {
    requests.push(JSON.parse(line));
    child.stdin.write(line + "\n");
  })
  .on("close", () => child.stdin.end());
let i = 0;
createInterface({ input: child.stdout }).on("line", (line) => {
  const answer = JSON.parse(line);
  const request = requests[i];
  if (i++ % n === 0) {
    if (mode === "canonical" && answer.ok) answer.canonical = answer.canonical.slice(0, -1) + (answer.canonical.endsWith(" ") ? "\t" : " ");
    if (mode === "accept" && !answer.ok && "text" in request) Object.assign(answer, { ok: true, canonical: request.text, kind: undefined, error: undefined });
    if (mode === "reject" && answer.ok) Object.assign(answer, { ok: false, kind: "InvalidMessage", error: "lies", canonical: undefined });
    if (mode === "kind" && !answer.ok) answer.kind = answer.kind === "InvalidMessage" ? "UnknownMessageType" : "InvalidMessage";
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
