// A reply from the desk: sent through the mail transport first, then recorded on the timeline (a failed send is
// reported to the sales user and recorded as a failure, never as a sent mail).
import type { EnquiryDeps } from "./deps";
import { AppError } from "../errors/app-error";
import { deskReplyMail } from "../email/templates/enquiry";
import { describeWait } from "../rate-limit/limiter";
import * as policies from "../rate-limit/policies";
import type { SessionUser } from "../auth/session";
import { changeStatus, loadEnquiryForWork, recordReply } from "./work";
import { checkAttachments, removeAttachments, storeAttachments, type IncomingFile } from "./attachments";
import { log } from "../log";

export async function replyToEnquiry(
  deps: Pick<EnquiryDeps, "db" | "send" | "limit" | "storage">,
  user: SessionUser,
  input: { enquiryId: string; subject: string; body: string; markContacted: boolean },
  ip: string,
  files: IncomingFile[] = [],
) {
  const { db, storage } = deps;
  const enquiry = await loadEnquiryForWork(db, input.enquiryId);
  const checked = checkAttachments(files);
  const limit = await deps.limit([{ rule: policies.deskReplyPerUser, key: user.id }]);
  if (!limit.allowed)
    throw new AppError("RATE_LIMITED", `Too many emails sent. Try again in ${describeWait(limit.retryAfterS)}.`);
  const mail = await deskReplyMail({ subject: input.subject, body: input.body, senderName: user.name ?? user.email });
  // Stored first, so what the buyer receives is what their enquiry page and the desk keep; removed if sending fails.
  const attachments = await storeAttachments(storage, enquiry.id, checked);
  try {
    await deps.send({
      to: enquiry.email,
      ...mail,
      replyTo: user.email,
      attachments: checked.map((f) => ({
        filename: f.name,
        content: Buffer.from(f.bytes),
        contentType: f.contentType,
      })),
    });
  } catch (e) {
    await removeAttachments(storage, attachments);
    log.error(`reply to enquiry ${enquiry.id} failed:`, e);
    await db.enquiryEvent.create({
      data: {
        enquiryId: enquiry.id,
        actorId: user.id,
        type: "email-failed",
        body: `Reply "${input.subject}": sending failed`,
        data: JSON.stringify({ to: enquiry.email }),
      },
    });
    throw new AppError("INTERNAL", "The email could not be sent. Your text is still here; try again in a moment.");
  }
  await recordReply(
    db,
    user,
    enquiry.id,
    { to: enquiry.email, subject: input.subject, body: input.body, attachments },
    ip,
  );
  if (input.markContacted && enquiry.status === "NEW") await changeStatus(db, user, enquiry.id, "CONTACTED", ip);
}
