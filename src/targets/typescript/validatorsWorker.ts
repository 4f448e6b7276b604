// A worker thread's job: Ajv standalone code for the value schemas it is given (see validators.ts).
import { parentPort, workerData } from "node:worker_threads";
import { ajvValidators } from "./generatedParts.js";
import type { Schema } from "./valueSchema.js";

parentPort!.postMessage(ajvValidators(workerData as Schema[]));
