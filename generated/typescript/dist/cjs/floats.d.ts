export declare function writeF64(v: unknown): string;
export declare function writeF32(v: unknown): string;
