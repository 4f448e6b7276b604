/** Whether `ref` is a valid container image reference (`nginx`, `nginx:1.25`, `localhost:5000/team/app:v1`, `nginx@sha256:…`). */
export declare function isImageReference(ref: string): boolean;
