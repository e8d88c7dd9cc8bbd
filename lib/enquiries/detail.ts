import type { Db } from "../db/create-client";
import { parseConditions } from "./labels";

export async function getEnquiry(db: Db, id: string) {
  const e = await db.enquiry.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true, email: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { actor: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  return e ? { ...e, conditionList: parseConditions(e.conditions) } : null;
}

export type EnquiryDetail = NonNullable<Awaited<ReturnType<typeof getEnquiry>>>;
export type TimelineEvent = EnquiryDetail["events"][number];
