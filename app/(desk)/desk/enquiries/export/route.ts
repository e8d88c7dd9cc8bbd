// CSV of the inbox under the same filters as the page, streamed.
import { roleRoute } from "@/lib/actions/route";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { exportEnquiriesCsv } from "@/lib/enquiries/export-csv";
import { parseInboxFilters } from "@/lib/enquiries/inbox-filters";
import { requestIp } from "@/lib/actions/request";

export const GET = roleRoute(STAFF, async (req, { user }) => {
  const filters = parseInboxFilters(new URL(req.url).searchParams);
  await recordAudit(db, {
    actor: user,
    action: "enquiry.exported",
    targetType: "enquiry",
    details: { filters },
    ip: await requestIp(),
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(exportEnquiriesCsv(db, filters, user.id), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="enquiries-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
