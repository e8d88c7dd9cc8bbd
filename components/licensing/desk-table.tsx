// A plain responsive table for the desk lists: scrolls sideways on a phone rather than squeezing columns.
import type { ReactNode } from "react";

export function DeskTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left dark:border-slate-800">
            {head.map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}

export function StatusTabs({
  base,
  current,
  tabs,
}: {
  base: string;
  current: string;
  tabs: { value: string; label: string }[];
}) {
  return (
    <nav aria-label="Status" className="flex flex-wrap gap-2">
      {tabs.map((t) => (
        <a
          key={t.value}
          href={t.value ? `${base}?status=${t.value}` : base}
          aria-current={t.value === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold dark:border-slate-700"
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
