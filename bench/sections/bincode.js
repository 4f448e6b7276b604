// 4. bincode: encode/decode against the JSON path, when the package has it (encodeBincodeX /
// decodeBincodeX); otherwise the section reports that it was skipped.
import { Buffer } from "node:buffer";
import { byType, measureInterleaved, overItems } from "../lib/measure.js";

const NAMES = ["encodeBincodeNodeMessage", "decodeBincodeNodeMessage", "encodeBincodeGatewayMessage", "decodeBincodeGatewayMessage"];

export function runBincode(ctx) {
  const { pkg, corpus, options } = ctx;
  const missing = NAMES.filter((n) => typeof pkg[n] !== "function");
  if (missing.length > 0) return { skipped: `the package has no ${missing.join(", ")}: bincode rows skipped` };
  const isNode = (e) => e.type === "NodeMessage";
  const values = corpus.map((e) => (isNode(e) ? pkg.parseNodeMessage(e.text) : pkg.parseGatewayMessage(e.text)));
  let encoded;
  let roundTripMismatches = 0;
  try {
    encoded = values.map((v, i) => (isNode(corpus[i]) ? pkg.encodeBincodeNodeMessage(v) : pkg.encodeBincodeGatewayMessage(v)));
    // decode ∘ encode must give the same value back: compared through the (serde-exact) JSON text.
    encoded.forEach((b, i) => {
      const back = isNode(corpus[i])
        ? pkg.serializeNodeMessage(pkg.decodeBincodeNodeMessage(b))
        : pkg.serializeGatewayMessage(pkg.decodeBincodeGatewayMessage(b));
      if (back !== corpus[i].text) roundTripMismatches++;
    });
  } catch (e) {
    return { skipped: `bincode fails on the corpus, not timed: ${e instanceof Error ? e.stack?.split("\n").slice(0, 3).join(" ") : String(e)}` };
  }
  const over = (name, inputs, node, gateway) =>
    overItems(
      name,
      inputs.map((input, i) => ({ type: corpus[i].type, input })),
      byType(node, gateway),
      options.chunks,
    );
  const texts = corpus.map((e) => e.text);
  const decode = measureInterleaved(
    [
      over("JSON: parseNodeMessage / parseGatewayMessage", texts, pkg.parseNodeMessage, pkg.parseGatewayMessage),
      over("bincode: decodeBincodeNodeMessage / …GatewayMessage", encoded, pkg.decodeBincodeNodeMessage, pkg.decodeBincodeGatewayMessage),
    ],
    options,
  );
  const encode = measureInterleaved(
    [
      over("JSON: serializeNodeMessage / serializeGatewayMessage", values, pkg.serializeNodeMessage, pkg.serializeGatewayMessage),
      over("bincode: encodeBincodeNodeMessage / …GatewayMessage", values, pkg.encodeBincodeNodeMessage, pkg.encodeBincodeGatewayMessage),
    ],
    options,
  );
  return {
    jsonBytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    bincodeBytes: encoded.reduce((s, b) => s + b.length, 0),
    roundTripMismatches,
    decode,
    encode,
  };
}
