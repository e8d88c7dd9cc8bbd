// The organisation's download history as CSV, streamed a keyset page at a time.
import { roleRoute } from "@/lib/actions/route";
import { db } from "@/lib/db";
import { historyCsvStream } from "@/lib/delivery/history";
import { AppError } from "@/lib/errors/app-error";

export const GET = roleRoute(["CUSTOMER"], async (_req, { user }) => {
  if (!user.organizationId) throw new AppError("NOT_FOUND");
  return new Response(historyCsvStream(db, { organizationId: user.organizationId }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="downloads-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
