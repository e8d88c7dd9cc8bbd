// Who may download a reply's attachment: sales and admins (they work every enquiry) and the buyer the enquiry came
// from. Anyone else learns nothing, not even that the file exists: not found.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { STAFF, type Principal } from "../auth/roles";
import { attachmentsOf, type StoredAttachment } from "./attachments";

export async function findAttachment(
  db: Db,
  user: Principal,
  eventId: string,
  index: number,
): Promise<StoredAttachment> {
  const ev = await db.enquiryEvent.findUnique({
    where: { id: eventId },
    select: { type: true, data: true, enquiry: { select: { email: true } } },
  });
  const owner = ev && ev.enquiry.email.toLowerCase() === user.email.toLowerCase();
  const allowed = ev && ev.type === "email" && (STAFF.includes(user.role) || owner);
  const file = allowed ? attachmentsOf(ev.data)[index] : undefined;
  if (!file) throw new AppError("NOT_FOUND", "No such attachment.");
  return file;
}
