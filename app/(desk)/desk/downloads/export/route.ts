// Every download (or one organisation's or licence's) as CSV, streamed; the export itself is audited.
import { roleRoute } from "@/lib/actions/route";
import { requestIp } from "@/lib/actions/request";
import { recordAudit } from "@/lib/audit/record";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { historyCsvStream } from "@/lib/delivery/history";
import { historyScopeOf } from "@/lib/delivery/history-filters";

export const GET = roleRoute(STAFF, async (req, { user }) => {
  const p = new URL(req.url).searchParams;
  const scope = historyScopeOf({ organization: p.get("organization"), licence: p.get("licence") });
  await recordAudit(db, {
    actor: user,
    action: "delivery.history.exported",
    targetType: "downloadEvent",
    details: scope,
    ip: await requestIp(),
  });
  return new Response(historyCsvStream(db, scope), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="downloads-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
