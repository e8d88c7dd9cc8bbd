// The mails that follow a new enquiry. Each one sent is recorded on the enquiry's timeline; a failed send is logged
// and recorded too but never loses the enquiry, which is already stored.
import type { EnquiryDeps } from "./deps";
import { enquiryConfirmationMail, enquiryNotificationMail, type EnquirySummary } from "../email/templates/enquiry";
import { countryLabel, jobRoleLabel, timelineLabel, intendedUseLabel, intendedUseLongLabel } from "./labels";
import { log } from "../log";

export type NotifyDeps = Pick<EnquiryDeps, "db" | "send" | "appUrl" | "salesEmail">;

export async function notifyNewEnquiry(
  deps: NotifyDeps,
  e: Omit<EnquirySummary, "country" | "jobRole" | "intendedUse" | "timeline"> & {
    country: string;
    jobRole: string;
    intendedUse: string;
    timeline: string;
  },
): Promise<void> {
  const { db, appUrl, salesEmail } = deps;
  const summary: EnquirySummary = {
    ...e,
    country: countryLabel(e.country),
    jobRole: jobRoleLabel(e.jobRole),
    intendedUse: intendedUseLongLabel(e.intendedUse),
    timeline: timelineLabel(e.timeline),
  };
  const mails = [
    {
      to: e.email,
      label: "Confirmation sent to the buyer",
      ...(await enquiryConfirmationMail(summary, salesEmail, `${appUrl}/account/enquiries`)),
      replyTo: salesEmail,
    },
    {
      to: salesEmail,
      label: "Sales notified",
      ...(await enquiryNotificationMail(summary, `${appUrl}/desk/enquiries/${e.id}`, intendedUseLabel(e.intendedUse))),
      replyTo: e.email,
    },
  ];
  await Promise.all(
    mails.map(async ({ label, ...mail }) => {
      try {
        await deps.send(mail);
        await db.enquiryEvent.create({
          data: {
            enquiryId: e.id,
            type: "email",
            body: label,
            data: JSON.stringify({ to: mail.to, subject: mail.subject }),
          },
        });
      } catch (err) {
        log.error(`enquiry ${e.id}: mail to ${mail.to} failed:`, err);
        await db.enquiryEvent.create({
          data: {
            enquiryId: e.id,
            type: "email-failed",
            body: `${label}: sending failed`,
            data: JSON.stringify({ to: mail.to }),
          },
        });
      }
    }),
  );
}
