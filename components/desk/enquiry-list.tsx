import Link from "next/link";
import { StatusBadge } from "./status-badge";
import { countryLabel, intendedUseLabel } from "@/lib/enquiries/labels";
import { formatDateTime } from "./format";

type Item = {
  id: string;
  name: string;
  email: string;
  organization: string;
  country: string;
  intendedUse: string;
  studyCount: number | null;
  status: string;
  createdAt: Date;
  assignee: { name: string | null; email: string } | null;
};

// A list rather than a wide table, so it reads on a 360 px phone as well as on a desk.
export function EnquiryList({ items }: { items: Item[] }) {
  if (items.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
        No enquiries match these filters.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {items.map((e) => (
        <li key={e.id} className="relative min-w-0 p-4 hover:bg-slate-50 dark:hover:bg-slate-900">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={`/desk/enquiries/${e.id}`}
              className="min-w-0 font-semibold wrap-anywhere after:absolute after:inset-0 hover:underline"
            >
              {e.name}
              <span className="font-normal text-slate-600 dark:text-slate-400"> - {e.organization}</span>
            </Link>
            <StatusBadge status={e.status} />
          </div>
          <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <span className="wrap-anywhere">{e.email}</span>
            <span>{countryLabel(e.country)}</span>
            <span>{intendedUseLabel(e.intendedUse)}</span>
            {e.studyCount ? <span>{e.studyCount.toLocaleString("en")} studies</span> : null}
            <span>{e.assignee ? `Assigned to ${e.assignee.name ?? e.assignee.email}` : "Unassigned"}</span>
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
