import Link from "next/link";
import { filtersToQuery, type InboxFilters } from "@/lib/enquiries/inbox-filters";
import { enquiryStatuses, statusLabels } from "@/lib/validations/desk";

/** The pipeline: one link per status with its count under the other filters. */
export function PipelineTabs({ filters, counts }: { filters: InboxFilters; counts: Record<string, number> }) {
  const open = enquiryStatuses.filter((s) => s !== "SPAM").reduce((n, s) => n + (counts[s] ?? 0), 0);
  const tabs = [
    { value: undefined, label: "All but spam", count: open },
    ...enquiryStatuses.map((s) => ({ value: s, label: statusLabels[s], count: counts[s] ?? 0 })),
  ];
  return (
    <nav aria-label="Pipeline" className="overflow-x-auto">
      <ul className="flex gap-2 pb-1">
        {tabs.map((t) => {
          const current = (filters.status ?? undefined) === t.value;
          return (
            <li key={t.label}>
              <Link
                href={`/desk${filtersToQuery({ ...filters, status: t.value })}`}
                aria-current={current ? "page" : undefined}
                className="inline-flex min-h-11 items-center gap-2 whitespace-nowrap rounded-full border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:border-slate-700 dark:hover:bg-slate-900 dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:bg-brand-300 dark:aria-[current=page]:text-slate-950"
              >
                {t.label}
                <span className="tabular-nums">{t.count.toLocaleString("en")}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
