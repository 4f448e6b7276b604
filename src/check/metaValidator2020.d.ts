// Written by scripts/build-meta-validator.mjs into dist/ (Ajv standalone code for the 2020-12 meta-schema).
import type { ErrorObject } from "ajv";

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
