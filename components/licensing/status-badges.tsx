import { Badge, type BadgeTone } from "@/components/ui/badge";

const licenceTones: Record<string, BadgeTone> = {
  PENDING: "amber",
  ACTIVE: "emerald",
  EXPIRED: "slate",
  REVOKED: "red",
  SUSPENDED: "violet",
};
const orderTones: Record<string, BadgeTone> = {
  PENDING: "amber",
  PAID: "emerald",
  FAILED: "red",
  EXPIRED: "slate",
  CANCELLED: "slate",
  REFUNDED: "violet",
};
const quoteTones: Record<string, BadgeTone> = { SENT: "sky", ACCEPTED: "emerald", WITHDRAWN: "red", EXPIRED: "slate" };

const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export const LicenceBadge = ({ status }: { status: string }) => (
  <Badge tone={licenceTones[status] ?? "slate"}>{label(status)}</Badge>
);
export const OrderBadge = ({ status }: { status: string }) => (
  <Badge tone={orderTones[status] ?? "slate"}>{label(status)}</Badge>
);
export const QuoteBadge = ({ status }: { status: string }) => (
  <Badge tone={quoteTones[status] ?? "slate"}>{status === "SENT" ? "Open" : label(status)}</Badge>
);
