import { bothPeers, either, plural } from "../protocol.js";
import { defineRule } from "../types.js";

export const PROTOCOL_VERSION_CHANGED = defineRule({
  id: "PROTOCOL_VERSION_CHANGED",
  subject: "model",
  layer: "wire",
  summary: "`x-protocol-version` (the protocol's major version) changed",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why:
    "the message with a `protocol_version` field carries it (claw-proto: Register), and both peers must agree on the major version: old and new refuse each other " +
    "(when no message carries it, nothing refuses, yet the schema declares the two versions incompatible)",
  recipe:
    "run one pool of the second peer x-messages names per major version and move the first peer over " +
    "(claw-proto: one gateway pool per major version, nodes moved over), or upgrade both peers together",
  check: ({ old, new: next, protocol }) => {
    if (old.protocolVersion === next.protocolVersion) return [];
    const refused =
      protocol.versionCarriers.length > 0
        ? `at ${either(protocol.versionCarriers)}: version ${old.protocolVersion} and version ${next.protocolVersion} refuse each other`
        : `no message carries protocol_version: versions ${old.protocolVersion} and ${next.protocolVersion} are declared incompatible, yet nothing on the wire refuses the other`;
    const [first, second] = protocol.peers;
    const pool = first !== undefined && second !== undefined ? `run one ${second} pool per major version and move ${plural(first)} over, or ` : "";
    return [
      {
        message: `protocol version ${old.protocolVersion} → ${next.protocolVersion}`,
        when: { oldReaderNewWriter: refused, newReaderOldWriter: refused },
        oldAt: "/x-protocol-version",
        newAt: "/x-protocol-version",
        recipe: `${pool}upgrade every ${bothPeers(protocol, false)} together`,
      },
    ];
  },
});
