// The three documents: invoice (sequential number, billing details, payment instructions), quote and licence
// certificate. Inputs are database rows; amounts are minor units.
import { formatMoney } from "../money";
import { invoiceLabel } from "../sequence";
import { useLabels, type Use } from "../uses";
import { renderPdf } from "./document";

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "-");
const size = (b: bigint) => `${(Number(b) / 1e9).toFixed(1)} GB`;
const labelOfUse = (u: string) => useLabels[u as Use] ?? u;

export const PAYMENT_INSTRUCTIONS =
  "Pay by bank transfer within 30 days to: Lumbar Spine MRI Data Ltd, IBAN GB00 DEMO 0000 0000 0000 00, BIC DEMOGB2L. Quote the invoice number as the payment reference. The licence starts when the payment is recorded.";

type Cohort = {
  cohortLabel: string;
  studyCount: number;
  sizeBytes: bigint;
  catalogueVersion: number;
  cohortFilter: string;
};
const cohortRows = (c: Cohort): [string, string][] => [
  ["Cohort", c.cohortLabel],
  ["Studies", `${c.studyCount.toLocaleString("en")} (${size(c.sizeBytes)}), catalogue version ${c.catalogueVersion}`],
  ["Filter", c.cohortFilter],
];

export function invoicePdf(
  o: Cohort & {
    invoiceNumber: number;
    createdAt: Date;
    billing: string | null;
    amountMinor: bigint;
    currency: string;
    use: string;
    termMonths: number;
    id: string;
    status: string;
    paymentReference: string | null;
  },
) {
  const b = JSON.parse(o.billing ?? "{}") as {
    legalName?: string;
    address?: string;
    vatNumber?: string | null;
    email?: string;
  };
  const inv = invoiceLabel(o.invoiceNumber);
  return renderPdf(
    {
      title: `Invoice ${inv}`,
      subtitle: `Issued ${day(o.createdAt)} - order ${o.id}${o.status === "PAID" ? ` - PAID (${o.paymentReference ?? ""})` : ""}`,
      rows: [
        [
          "Bill to",
          [b.legalName, b.address, b.vatNumber ? `VAT ${b.vatNumber}` : null, b.email].filter(Boolean).join("\n"),
        ],
        ["Use", labelOfUse(o.use)],
        ...cohortRows(o),
        ["Term", `${o.termMonths} months from the payment date`],
      ],
      items: [
        {
          label: `Data licence, ${labelOfUse(o.use).toLowerCase()} use: ${o.cohortLabel}`,
          amount: formatMoney(o.amountMinor, o.currency),
        },
      ],
      total: ["Total due", formatMoney(o.amountMinor, o.currency)],
      paragraphs: [PAYMENT_INSTRUCTIONS.replace("the invoice number", inv)],
      meta: { title: `Invoice ${inv}`, subject: "Invoice" },
    },
    o.createdAt,
  );
}

export function quotePdf(
  q: Cohort & {
    number: string;
    createdAt: Date;
    validUntil: Date;
    organizationName: string;
    contactEmail: string;
    contactName: string | null;
    use: string;
    termMonths: number;
    currency: string;
    unitPriceMinor: bigint;
    subtotalMinor: bigint;
    discountMinor: bigint;
    discountReason: string | null;
    totalMinor: bigint;
  },
) {
  const m = (v: bigint) => formatMoney(v, q.currency);
  return renderPdf(
    {
      title: `Quote ${q.number}`,
      subtitle: `Issued ${day(q.createdAt)} - valid until ${day(q.validUntil)}`,
      rows: [
        ["For", `${q.organizationName}\n${[q.contactName, q.contactEmail].filter(Boolean).join(", ")}`],
        ["Use", labelOfUse(q.use)],
        ...cohortRows(q),
        ["Term", `${q.termMonths} months`],
      ],
      items: [
        {
          label: `${q.studyCount.toLocaleString("en")} studies (average ${m(q.unitPriceMinor)} per study)`,
          amount: m(q.subtotalMinor),
        },
        ...(q.discountMinor > 0n
          ? [{ label: `Discount: ${q.discountReason ?? ""}`, amount: `-${m(q.discountMinor)}` }]
          : []),
      ],
      total: ["Total", m(q.totalMinor)],
      paragraphs: [
        "Sign in with the email address above to read the licence agreement, accept it and pay by card or by invoice. Prices exclude VAT.",
      ],
      meta: { title: `Quote ${q.number}`, subject: "Quote" },
    },
    q.createdAt,
  );
}

export function certificatePdf(
  l: Cohort & {
    number: string;
    organizationName: string;
    use: string;
    status: string;
    startsAt: Date | null;
    expiresAt: Date | null;
    datasetSlug: string;
    acceptance: { version: number; sha256: string; userEmail: string; acceptedAt: Date } | null;
  },
  now: Date,
) {
  return renderPdf(
    {
      title: `Licence certificate ${l.number}`,
      subtitle: `Status ${l.status.toLowerCase()} on ${day(now)}`,
      rows: [
        ["Licensee", l.organizationName],
        ["Dataset", l.datasetSlug],
        ["Use", labelOfUse(l.use)],
        ...cohortRows(l),
        ["Valid", `${day(l.startsAt)} to ${day(l.expiresAt)}`],
        [
          "Agreement",
          l.acceptance ? `version ${l.acceptance.version}, SHA-256 ${l.acceptance.sha256}` : "not yet accepted",
        ],
        ["Accepted by", l.acceptance ? `${l.acceptance.userEmail} on ${l.acceptance.acceptedAt.toISOString()}` : "-"],
      ],
      paragraphs: [
        "This certificate records the licence as held in the vendor's licence register on the date above. The register, not this document, is authoritative: verify a licence with the vendor.",
      ],
      meta: { title: `Licence ${l.number}`, subject: "Licence certificate" },
    },
    now,
  );
}
