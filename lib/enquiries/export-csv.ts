// CSV export of the filtered inbox, streamed in keyset batches: 100k rows never sit in memory at once.
import { csvCell } from "../csv-cell";
import type { Db } from "../db/create-client";
import type { InboxFilters } from "./inbox-filters";
import { keysetOrderBy, keysetWhere, type KeysetPosition } from "../db/keyset";
import { inboxSort, inboxWhere } from "./inbox";
import { countryLabel, jobRoleLabel, parseConditions, timelineLabel, intendedUseLabel } from "./labels";

const BATCH = 1000;

const columns = [
  "id",
  "created_at",
  "status",
  "name",
  "email",
  "organisation",
  "country",
  "role",
  "intended_use",
  "conditions",
  "studies",
  "timeline",
  "assignee",
  "source",
  "message",
] as const;

export function exportEnquiriesCsv(db: Db, f: InboxFilters, meId: string): ReadableStream<Uint8Array> {
  const where = inboxWhere(f, meId);
  const encoder = new TextEncoder();
  const sort = inboxSort(f.sort);
  let cursor: KeysetPosition | undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode("\uFEFF" + columns.join(",") + "\r\n"));
      }
      const rows = await db.enquiry.findMany({
        where: cursor ? { AND: [where, keysetWhere(sort, cursor)] } : where,
        orderBy: keysetOrderBy(sort),
        take: BATCH,
        include: { assignee: { select: { email: true } } },
      });
      if (rows.length === 0) return controller.close();
      const lines = rows.map((r) =>
        [
          r.id,
          r.createdAt.toISOString(),
          r.status,
          r.name,
          r.email,
          r.organization,
          countryLabel(r.country),
          jobRoleLabel(r.jobRole),
          intendedUseLabel(r.intendedUse),
          parseConditions(r.conditions).join("; "),
          r.studyCount,
          timelineLabel(r.timeline),
          r.assignee?.email,
          r.source,
          r.message,
        ]
          .map(csvCell)
          .join(","),
      );
      controller.enqueue(encoder.encode(lines.join("\r\n") + "\r\n"));
      const last = rows.at(-1)!;
      cursor = { value: sort.field === "name" ? last.name : last.createdAt, id: last.id };
      if (rows.length < BATCH) controller.close();
    },
  });
}
