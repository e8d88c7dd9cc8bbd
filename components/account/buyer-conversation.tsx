import type { BuyerEnquiry } from "@/lib/enquiries/buyer";
import { formatDateTime } from "@/components/desk/format";
import { AttachmentLinks } from "@/components/enquiry/attachment-links";

const bubble = "mt-1 whitespace-pre-wrap wrap-anywhere rounded-md p-3 text-sm";

function subjectOf(data: string | null): string | null {
  try {
    const d = data ? (JSON.parse(data) as { subject?: unknown }) : {};
    return typeof d.subject === "string" ? d.subject : null;
  } catch {
    return null;
  }
}

/** The buyer's view of the exchange, oldest first: what they sent, sales' replies, their own answers. */
export function BuyerConversation({ e }: { e: BuyerEnquiry }) {
  return (
    <ol className="space-y-5" aria-label="Messages">
      {e.events.map((ev) => {
        const when = <time dateTime={ev.createdAt.toISOString()}>{formatDateTime(ev.createdAt)}</time>;
        if (ev.type === "created") {
          return (
            <li key={ev.id} className="min-w-0">
              <p className="text-sm font-medium">You sent the enquiry - {when}</p>
              <p className={`${bubble} bg-slate-50 dark:bg-slate-800`}>{e.message || "(no message)"}</p>
            </li>
          );
        }
        if (ev.type === "buyer-reply") {
          return (
            <li key={ev.id} className="min-w-0">
              <p className="text-sm font-medium">You replied - {when}</p>
              <p className={`${bubble} bg-slate-50 dark:bg-slate-800`}>{ev.body}</p>
            </li>
          );
        }
        const subject = subjectOf(ev.data);
        return (
          <li key={ev.id} className="min-w-0">
            <p className="text-sm font-medium wrap-anywhere">
              {ev.actor?.name ?? "Sales"} replied{subject ? `: ${subject}` : ""} - {when}
            </p>
            <p className={`${bubble} bg-brand-50 text-slate-900 dark:bg-slate-800 dark:text-slate-100`}>{ev.body}</p>
            <AttachmentLinks eventId={ev.id} data={ev.data} />
          </li>
        );
      })}
    </ol>
  );
}
