// The Web APIs the package uses, declared here so it compiles without lib.dom or @types/node
// (Node 20 and every browser provide both as globals).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
