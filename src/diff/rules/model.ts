import { defineRule } from "../types.js";

export const PROTOCOL_VERSION_CHANGED = defineRule({
  id: "PROTOCOL_VERSION_CHANGED",
  subject: "model",
  layer: "wire",
  summary: "`x-protocol-version` (the protocol's major version) changed",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: "Register carries `protocol_version`, and nodes and gateways must agree on the major version: old and new refuse each other",
  recipe: "run one gateway pool per major version and move nodes over, or upgrade every node and gateway together",
  check: ({ old, new: next }) => {
    if (old.protocolVersion === next.protocolVersion) return [];
    const refused = `at Register: version ${old.protocolVersion} and version ${next.protocolVersion} refuse each other`;
    return [
      {
        message: `protocol version ${old.protocolVersion} → ${next.protocolVersion}`,
        when: { oldReaderNewWriter: refused, newReaderOldWriter: refused },
        oldAt: "/x-protocol-version",
        newAt: "/x-protocol-version",
      },
    ];
  },
});
