import { roleRoute } from "@/lib/actions/route";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { invoiceDownload, downloadResponse } from "@/lib/licensing/documents";

export const dynamic = "force-dynamic";

// Members of the organisation and staff only; anyone else gets 404.
export const GET = roleRoute<{ id: string }>(ANY_USER, async (_req, { user, params }) =>
  downloadResponse(await invoiceDownload(db, user, params.id)),
);
