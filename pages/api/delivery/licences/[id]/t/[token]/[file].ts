// The manifest links: the same licensed download with the download token in the path, so `curl -O`, `wget -i` and
// aria2c all save the file as <Study Instance UID>.zip. The token is checked (and the licence re-checked) every time.
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
    urlToken: one(req.query.token) ?? "",
    trustedHops: env.TRUSTED_PROXY_HOPS,
  });
}
