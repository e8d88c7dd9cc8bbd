// "Download everything": the licence's studies as an aria2c input file, a URL list, a sha256sum file or JSON,
// streamed from a keyset cursor (?format=aria2|urls|sha256|json, ?since=<version>|last, ?part=k&parts=n). Signed-in
// customers and API tokens get links carrying a new download token; a download token (?token=) is reused.
import type { NextApiRequest, NextApiResponse } from "next";
import { manifestDeps } from "@/app/_bind/delivery-deps";
import { one } from "@/lib/delivery/api-request";
import { handleManifest } from "@/lib/delivery/node-handlers";

export const config = { api: { bodyParser: false, responseLimit: false } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const query = new URLSearchParams(new URL(req.url ?? "/", "http://x").search);
  return handleManifest(manifestDeps(), req, res, { licenceId: one(req.query.id) ?? "", query });
}
