// The two mails an enquiry triggers: the buyer's confirmation and the notification to sales.
import { render } from "./layout";

export interface EnquirySummary {
  id: string;
  /** The buyer-facing reference (ENQ-2026-00042). */
  reference: string;
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

export function enquiryConfirmationMail(e: EnquirySummary, salesEmail: string, enquiriesUrl: string) {
  return render(`We received your enquiry ${e.reference}`, [
    `Dear ${e.name},`,
    "Thank you for your interest in the Lumbar Spine MRI dataset. Our sales team will reply, usually within one working day.",
    "This is what you sent us:",
    { rows: rows(e) },
    `Your reference is ${e.reference}. Sign in with this email address to follow your enquiry, read sales' replies and answer them:`,
    { button: { label: "Your enquiries", url: enquiriesUrl } },
    `Questions in the meantime? Reply to this email or write to ${salesEmail}.`,
  ]);
}

export function enquiryNotificationMail(e: EnquirySummary, deskUrl: string, useShort: string) {
  return render(`New enquiry ${e.reference}: ${e.organization} (${useShort})`, [
    `${e.name} <${e.email}> sent an enquiry.`,
    { rows: rows(e) },
    { button: { label: "Open it on the sales desk", url: deskUrl } },
  ]);
}

export function deskReplyMail({ subject, body, senderName }: { subject: string; body: string; senderName: string }) {
  return render(subject, [body], `${senderName}, Lumbar Spine MRI Dataset sales`);
}

export function buyerReplyNotificationMail(
  e: { reference: string; name: string; organization: string; body: string },
  deskUrl: string,
) {
  return render(`Reply from ${e.name} on ${e.reference}`, [
    `${e.name} (${e.organization}) answered on their enquiry ${e.reference}:`,
    e.body,
    { button: { label: "Open it on the sales desk", url: deskUrl } },
  ]);
}
