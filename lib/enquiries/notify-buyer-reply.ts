// Tells sales that a buyer answered on their enquiry page: the assignee when there is one, else the sales address.
// The reply is already stored; a failed mail is logged, never lost.
import "server-only";
import { env } from "../env";
import { sendMail } from "../email";
import { buyerReplyNotificationMail } from "../email/templates/enquiry";

export async function notifyBuyerReply(e: { id: string; reference: string | null; name: string; organization: string; assignee: { email: string } | null }, buyerEmail: string, body: string) {
  const to = e.assignee?.email ?? env.SALES_EMAIL;
  try {
    await sendMail({ to, replyTo: buyerEmail, ...buyerReplyNotificationMail({ ...e, reference: e.reference ?? e.id, body }, `${env.APP_URL}/desk/enquiries/${e.id}`) });
  } catch (err) {
    console.error(`enquiry ${e.id}: notifying ${to} of the buyer's reply failed:`, err);
  }
}
