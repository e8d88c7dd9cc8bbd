import type { TimelineEvent } from "@/lib/enquiries/detail";
import { statusLabels, type EnquiryStatusValue } from "@/lib/validations/desk";
import { formatDateTime } from "./format";
import { AttachmentLinks } from "@/components/enquiry/attachment-links";

function parse(data: string | null): Record<string, unknown> {
  try {
    return data ? (JSON.parse(data) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const status = (v: unknown) => statusLabels[v as EnquiryStatusValue] ?? String(v);

function describe(ev: TimelineEvent): string {
  const d = parse(ev.data);
  switch (ev.type) {
    case "created":
      return ev.body ?? "Enquiry received";
    case "status":
      return `Status: ${status(d.from)} -> ${status(d.to)}`;
    case "assigned":
      return d.to ? `Assigned to ${String(d.toName ?? d.toEmail)}` : "Unassigned";
    case "note":
      return "Note";
    case "email":
      return d.reply
        ? `Email sent to ${String(d.to)}: ${String(d.subject)}`
        : `${ev.body ?? "Email sent"} (${String(d.to)})`;
    case "email-failed":
      return ev.body ?? "Email failed";
    case "buyer-reply":
      return "The buyer replied on their enquiry page";
    case "quote":
      return ev.body ?? "Quote";
    default:
      return ev.type;
  }
}

/** Who did what and when, oldest first, as an ordered list. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4 dark:border-slate-800">
      {events.map((ev) => (
        <li key={ev.id} className="relative min-w-0">
          <span
            aria-hidden="true"
            className={`absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full ${ev.type === "email-failed" ? "bg-red-600" : "bg-brand-600"}`}
          />
          <p className="text-sm font-medium wrap-anywhere">{describe(ev)}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {ev.actor ? (ev.actor.name ?? ev.actor.email) : "System"} -{" "}
            <time dateTime={ev.createdAt.toISOString()}>{formatDateTime(ev.createdAt)}</time>
          </p>
          {(ev.type === "note" || ev.type === "buyer-reply" || (ev.type === "email" && parse(ev.data).reply)) &&
          ev.body ? (
            <p className="mt-1 whitespace-pre-wrap wrap-anywhere rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900">
              {ev.body}
            </p>
          ) : null}
          {ev.type === "email" ? <AttachmentLinks eventId={ev.id} data={ev.data} /> : null}
        </li>
      ))}
    </ol>
  );
}
