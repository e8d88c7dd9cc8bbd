// The delivery routes on a plain Node server for tests (the Next.js API routes hold the same three bindings): a
// scratch database, a local archive folder and a clock the test controls.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ManifestDeps } from "../manifest";
import { handleDownload, handleManifest } from "../node-handlers";
import type { LicensedDeps } from "../serve-licensed";

export function deliveryServer(
  deps: { licensed: LicensedDeps; manifest: Omit<ManifestDeps, "baseUrl"> },
  port = 0,
): Promise<{ server: http.Server; base: string }> {
  let base = "";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const seg = url.pathname.split("/").map(decodeURIComponent);
    // ["", "api", "delivery", "licences", id, ...]
    const licenceId = seg[4] ?? "";
    let done: Promise<void>;
    if (seg[5] === "studies" && seg.length === 7)
      done = handleDownload(deps.licensed, req, res, { licenceId, file: seg[6]!, urlToken: null, trustedHops: 0 });
    else if (seg[5] === "t" && seg.length === 8)
      done = handleDownload(deps.licensed, req, res, { licenceId, file: seg[7]!, urlToken: seg[6]!, trustedHops: 0 });
    else if (seg[5] === "manifest" && seg.length === 6)
      done = handleManifest({ ...deps.manifest, baseUrl: base }, req, res, { licenceId, query: url.searchParams });
    else {
      res.writeHead(404).end("no route\n");
      return;
    }
    done.catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ server, base });
    }),
  );
}
