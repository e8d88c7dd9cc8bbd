// The delivery endpoints on a Node request/response, with their dependencies passed in: the Next.js API routes bind
// the app's (app/_bind/delivery-deps.ts), the real-process tests a scratch database's. Routes only pull the parameters
// out of the path.
import type { IncomingMessage, ServerResponse } from "node:http";
import { credentialsFrom, ipFrom } from "./api-request";
import { manifestResponse, type ManifestDeps } from "./manifest";
import { requestFrom, sendResult } from "./node-adapter";
import { serveLicensed, type LicensedDeps } from "./serve-licensed";
import { textResult } from "./text-result";

const methodNotAllowed = (res: ServerResponse, allow: string) =>
  sendResult(res, textResult(405, "Method not allowed.", { allow }));

export async function handleDownload(
  deps: LicensedDeps,
  req: IncomingMessage,
  res: ServerResponse,
  p: { licenceId: string; file: string; urlToken: string | null; trustedHops: number },
) {
  if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(res, "GET, HEAD");
  const result = await serveLicensed(deps, {
    licenceId: p.licenceId,
    file: p.file,
    credentials: credentialsFrom(req, p.urlToken),
    serve: requestFrom(req),
    ip: ipFrom(req, p.trustedHops),
    userAgent: req.headers["user-agent"] ?? null,
  });
  await sendResult(res, result);
}

export async function handleManifest(
  deps: ManifestDeps,
  req: IncomingMessage,
  res: ServerResponse,
  p: { licenceId: string; query: URLSearchParams },
) {
  // GET only, so Allow names GET alone (it said GET, HEAD and HEAD got this 405).
  if (req.method !== "GET") return methodNotAllowed(res, "GET");
  const q = p.query;
  const result = await manifestResponse(deps, p.licenceId, credentialsFrom(req, q.get("token")), {
    format: q.get("format") ?? "aria2",
    since: q.get("since"),
    part: q.get("part"),
    parts: q.get("parts"),
  });
  await sendResult(res, result);
}
