// @ts-check
// Bundles the dashboard with esbuild (in memory) and serves it with its page.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The browser bundle: one ES module, minified. @returns {Promise<{ code: Uint8Array; metafile: import("esbuild").Metafile }>} */
export async function bundleDashboard() {
  const result = await build({
    entryPoints: [`${here}src/dashboard.js`],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    metafile: true,
    write: false,
    outfile: "dashboard.js",
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild produced no output");
  return { code: output.contents, metafile: result.metafile };
}

/**
 * Serve the page and its bundle; resolves once listening.
 * @param {{ host?: string; port?: number }} [options] port 0 picks a free one (default 8081)
 */
export async function startDashboard({ host = "127.0.0.1", port = 8081 } = {}) {
  const { code } = await bundleDashboard();
  const page = readFileSync(`${here}index.html`);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://dashboard").pathname;
    if (path === "/" || path === "/index.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    else if (path === "/dashboard.js") res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(code);
    else res.writeHead(404).end();
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the dashboard is not listening on TCP");
  return {
    url: `http://${host}:${address.port}/`,
    bundleBytes: code.length,
    /** @returns {Promise<void>} */
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
