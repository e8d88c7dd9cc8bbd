// Email for licence, order and quote changes. Plain text first, rendered by the shared mail layout.
import { render } from "../email/templates/layout";
import { formatMoney } from "./money";
import { useLabels, type Use } from "./uses";

const d = (x: Date | null) => (x ? x.toISOString().slice(0, 10) : "-");

type LicenceInfo = {
  number: string;
  use: string;
  cohortLabel: string;
  studyCount: number;
  startsAt: Date | null;
  expiresAt: Date | null;
};

export function licenceChangedMail(
  kind: "granted" | "activated" | "extended" | "revoked" | "suspended" | "reinstated" | "expired",
  l: LicenceInfo,
  url: string,
  reason?: string | null,
) {
  const lines: Record<typeof kind, string> = {
    granted:
      "A licence has been granted to your organisation. It starts once someone in your organisation accepts the licence agreement.",
    activated: "Your licence is now active.",
    extended: "Your licence has been extended.",
    revoked: "Your licence has been revoked. Downloads under it have stopped.",
    suspended: "Your licence has been suspended. Downloads under it are paused.",
    reinstated: "Your licence is active again.",
    expired: "Your licence has expired. Downloads under it have stopped; reply to this mail to extend it.",
  };
  return render(`Licence ${l.number}: ${kind}`, [
    lines[kind],
    ...(reason ? [`Reason: ${reason}`] : []),
    {
      rows: [
        ["Licence", l.number],
        ["Use", useLabels[l.use as Use] ?? l.use],
        ["Cohort", `${l.cohortLabel} (${l.studyCount.toLocaleString("en")} studies)`],
        ["Starts", d(l.startsAt)],
        ["Expires", d(l.expiresAt)],
      ],
    },
    { button: { label: "Open the licence", url } },
  ]);
}

export function invoiceMail(
  o: { invoice: string; amountMinor: number; currency: string; cohortLabel: string },
  url: string,
) {
  return render(`Invoice ${o.invoice}`, [
    `Thank you for your order. Invoice ${o.invoice} for ${formatMoney(o.amountMinor, o.currency)} is attached and can be downloaded from your account.`,
    `Pay by bank transfer quoting ${o.invoice}. The licence starts as soon as the payment is recorded.`,
    {
      rows: [
        ["Invoice", o.invoice],
        ["Amount", formatMoney(o.amountMinor, o.currency)],
        ["Cohort", o.cohortLabel],
      ],
    },
    { button: { label: "View the order", url } },
  ]);
}

export function orderChangedMail(title: string, body: string, url: string) {
  return render(title, [body, { button: { label: "View the order", url } }]);
}

export function quoteMail(
  q: { number: string; totalMinor: number; currency: string; validUntil: Date; cohortLabel: string },
  url: string,
) {
  return render(`Quote ${q.number}`, [
    `Here is your quote for the Lumbar Spine MRI dataset. Sign in with this email address to read it, accept the licence agreement and pay by card or by invoice.`,
    {
      rows: [
        ["Quote", q.number],
        ["Cohort", q.cohortLabel],
        ["Total", formatMoney(q.totalMinor, q.currency)],
        ["Valid until", d(q.validUntil)],
      ],
    },
    { button: { label: "Open the quote", url } },
  ]);
}
