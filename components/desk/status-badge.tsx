import { Badge, type BadgeTone } from "@/components/ui/badge";
import { statusLabels, type EnquiryStatusValue } from "@/lib/validations/desk";

const tones: Record<EnquiryStatusValue, BadgeTone> = {
  NEW: "sky",
  CONTACTED: "violet",
  QUOTED: "amber",
  WON: "emerald",
  LOST: "slate",
  SPAM: "red",
};

export function StatusBadge({ status }: { status: string }) {
  const s = status as EnquiryStatusValue;
  return <Badge tone={tones[s] ?? "slate"}>{statusLabels[s] ?? status}</Badge>;
}
