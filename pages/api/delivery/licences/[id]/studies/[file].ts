// A licensed study download for a signed-in customer or an API token (Authorization: Bearer): licence, cohort and
// caps checked on every request, then streamed with Range (local) or redirected to a presigned URL (S3). A Pages
// Router API route for the reason given in pages/api/preview/studies/[id]/archive.ts (Content-Length survives).
import type { NextApiRequest, NextApiResponse } from "next";
import { licensedDeps } from "@/app/_bind/delivery-deps";
import { one } from "@/lib/delivery/api-request";
import { handleDownload } from "@/lib/delivery/node-handlers";
import { env } from "@/lib/env";

export const config = { api: { bodyParser: false, responseLimit: false } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  return handleDownload(licensedDeps(), req, res, {
    licenceId: one(req.query.id) ?? "",
    file: one(req.query.file) ?? "",
    urlToken: null,
    trustedHops: env.TRUSTED_PROXY_HOPS,
  });
}
