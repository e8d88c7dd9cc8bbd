// Tells sales that a buyer answered on their enquiry page: the assignee when there is one, else the sales address.
// The reply is already stored; a failed mail is logged, never lost.
import type { EnquiryDeps } from "./deps";
import { buyerReplyNotificationMail } from "../email/templates/enquiry";
import { log } from "../log";

export async function notifyBuyerReply(
  deps: Pick<EnquiryDeps, "send" | "appUrl" | "salesEmail">,
  e: { id: string; reference: string | null; name: string; organization: string; assignee: { email: string } | null },
  buyerEmail: string,
  body: string,
): Promise<void> {
  const to = e.assignee?.email ?? deps.salesEmail;
  try {
    await deps.send({
      to,
      replyTo: buyerEmail,
      ...(await buyerReplyNotificationMail(
        { ...e, reference: e.reference ?? e.id, body },
        `${deps.appUrl}/desk/enquiries/${e.id}`,
      )),
    });
  } catch (err) {
    log.error(`enquiry ${e.id}: notifying ${to} of the buyer's reply failed:`, err);
  }
}
