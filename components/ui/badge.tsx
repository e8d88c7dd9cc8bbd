import type { ReactNode } from "react";

const tones = {
  slate: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  brand: "bg-brand-100 text-brand-700 dark:bg-brand-700/40 dark:text-brand-100",
  sky: "bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100",
  amber: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100",
  emerald: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  red: "bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100",
  violet: "bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ children, tone = "slate" }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>
      {children}
    </span>
  );
}
