// The two mails an enquiry triggers: the buyer's confirmation and the notification to sales.
import { render } from "./layout";

export interface EnquirySummary {
  id: string;
  name: string;
  email: string;
  organization: string;
  country: string;
  jobRole: string;
  intendedUse: string;
  conditions: string[];
  studyCount?: number | null;
  timeline: string;
  message: string;
}

const rows = (e: EnquirySummary): [string, string][] => [
  ["Name", e.name],
  ["Email", e.email],
  ["Organisation", e.organization],
  ["Country", e.country],
  ["Role", e.jobRole],
  ["Intended use", e.intendedUse],
  ["Conditions", e.conditions.length ? e.conditions.join(", ") : "not specified"],
  ["Number of studies", e.studyCount ? e.studyCount.toLocaleString("en") : "not specified"],
  ["Timeline", e.timeline],
  ["Message", e.message || "(none)"],
];

export function enquiryConfirmationMail(e: EnquirySummary, salesEmail: string) {
  return render("We received your enquiry", [
    `Dear ${e.name},`,
    "Thank you for your interest in the Lumbar Spine MRI dataset. Our sales team will reply, usually within one working day.",
    "This is what you sent us:",
    { rows: rows(e) },
    `Questions in the meantime? Reply to this email or write to ${salesEmail}. Reference: ${e.id}`,
  ]);
}

export function enquiryNotificationMail(e: EnquirySummary, deskUrl: string, useShort: string) {
  return render(`New enquiry: ${e.organization} (${useShort})`, [
    `${e.name} <${e.email}> sent an enquiry.`,
    { rows: rows(e) },
    { button: { label: "Open it on the sales desk", url: deskUrl } },
  ]);
}

export function deskReplyMail({ subject, body, senderName }: { subject: string; body: string; senderName: string }) {
  return render(subject, [body], `${senderName}, Lumbar Spine MRI Dataset sales`);
}
