import { formatInt, formatShare } from "@/lib/format";

// A horizontal bar chart as an HTML list: rendered on the server, no client JavaScript, reads naturally to screen
// readers, and wraps on a 360 px screen where an SVG with fixed label space would not.
export function BarList({
  title,
  items,
  total,
  id,
}: {
  title: string;
  items: { name: string; studies: number }[];
  total: number;
  id: string;
}) {
  const max = Math.max(1, ...items.map((i) => i.studies));
  return (
    <figure aria-labelledby={`${id}-title`} className="w-full">
      <figcaption id={`${id}-title`} className="mb-3 text-base font-semibold">
        {title}
      </figcaption>
      <ol className="space-y-2" data-chart={id}>
        {items.map((item) => (
          <li key={item.name} className="text-sm">
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 break-words">{item.name}</span>
              <span className="shrink-0 tabular-nums text-slate-700 dark:text-slate-300">
                <span data-value>{formatInt(item.studies)}</span>
                <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                  {formatShare(item.studies, total)}
                </span>
              </span>
            </div>
            <div className="mt-1 h-2 rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div
                className="h-2 rounded-full bg-brand-600 dark:bg-brand-400"
                style={{ width: `${Math.max(0.5, (item.studies / max) * 100)}%` }}
              />
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
