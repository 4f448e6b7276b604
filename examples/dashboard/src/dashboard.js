// @ts-check
/* global document, location, URLSearchParams, WebSocket, setTimeout, setInterval */
// The dashboard's entry point in the browser: two read-only feeds from the gateway, each frame read by
// the generated parser for its one type (NodeMessage on /feed/nodes, Workload on /feed/workloads).
// Open it as http://<dashboard>/?gateway=ws://<gateway host>:<port>#token=<feed token> (what main.js prints).
// The token is in the fragment, which the browser never sends to a server; the page offers it to the gateway
// as the WebSocket subprotocol bearer.<token>, beside claw-feed (a page cannot set an Authorization header).
import { ProtoError, parseNodeMessage, parseWorkload } from "../../claw-proto.js";
import { applyNodeMessage, applyRejection, applyWorkload, emptyState } from "./state.js";
import { render } from "./view.js";

const gateway = new URLSearchParams(location.search).get("gateway") ?? `ws://${location.hostname}:8080`;
const token = new URLSearchParams(location.hash.slice(1)).get("token");
const protocols = token === null ? ["claw-feed"] : ["claw-feed", `bearer.${token}`];
let state = emptyState();
/** @type {Record<string, string>} */
const feeds = {};

function draw() {
  render(state, Date.now());
  const status = document.getElementById("status");
  if (status === null) return;
  const rejected = state.rejected === 0 ? "no frame rejected" : `${state.rejected} frame(s) rejected, last: ${state.lastRejection}`;
  status.textContent = `gateway ${gateway} · ${Object.entries(feeds)
    .map(([path, s]) => `${path} ${s}`)
    .join(" · ")} · ${rejected}`;
}

/**
 * Follow one feed, reconnecting after a second if it drops.
 * @param {string} path
 * @param {(text: string) => void} onFrame parses the frame (throws ProtoError) and updates the state
 */
function follow(path, onFrame) {
  feeds[path] = "connecting";
  const ws = new WebSocket(gateway + path, protocols);
  ws.onopen = () => ((feeds[path] = "connected"), draw());
  ws.onmessage = (event) => {
    try {
      onFrame(String(event.data));
    } catch (e) {
      if (!(e instanceof ProtoError)) throw e;
      const reason = `${e.kind} at ${e.pointer === "" ? "(the whole message)" : e.pointer}: ${e.detail}`;
      console.warn(`${path}: rejected a frame: ProtoError ${reason}`);
      state = applyRejection(state, reason);
    }
    draw();
  };
  ws.onclose = () => {
    feeds[path] = "disconnected, retrying";
    draw();
    setTimeout(() => follow(path, onFrame), 1000);
  };
}

follow("/feed/nodes", (text) => (state = applyNodeMessage(state, parseNodeMessage(text))));
follow("/feed/workloads", (text) => (state = applyWorkload(state, parseWorkload(text))));
// Heartbeat ages move on even when no frame arrives.
setInterval(draw, 1000);
