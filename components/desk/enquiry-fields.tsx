import type { EnquiryDetail } from "@/lib/enquiries/detail";
import { countryLabel, jobRoleLabel, timelineLabel, intendedUseLongLabel } from "@/lib/enquiries/labels";
import { formatDateTime } from "./format";

export function EnquiryFields({ e }: { e: EnquiryDetail }) {
  const rows: [string, React.ReactNode][] = [
    [
      "Email",
      <a key="m" href={`mailto:${e.email}`} className="wrap-anywhere underline">
        {e.email}
      </a>,
    ],
    ["Organisation", e.organization],
    ["Country", countryLabel(e.country)],
    ["Role", jobRoleLabel(e.jobRole)],
    ["Intended use", intendedUseLongLabel(e.intendedUse)],
    ["Conditions", e.conditionList.length ? e.conditionList.join(", ") : "Not specified (whole dataset)"],
    ["Number of studies", e.studyCount ? e.studyCount.toLocaleString("en") : "Not specified"],
    ["Timeline", timelineLabel(e.timeline)],
    ["Consent to contact", e.consent ? "Yes" : "No"],
    ["Came from", e.source ?? "Direct"],
    ["Received", formatDateTime(e.createdAt)],
  ];
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="min-w-0 wrap-anywhere">{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-6 text-sm font-medium text-slate-600 dark:text-slate-400">Message</h3>
      <p className="mt-1 whitespace-pre-wrap wrap-anywhere rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-900">
        {e.message || "(no message)"}
      </p>
    </div>
  );
}
