import Link from "next/link";
import type { ReactNode } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-400",
  secondary:
    "border border-slate-300 text-slate-900 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-900",
} as const;

export const buttonClass = (variant: keyof typeof variants = "primary") =>
  `inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold transition-colors ${variants[variant]}`;

export function ButtonLink({
  href,
  children,
  variant = "primary",
  download,
}: {
  href: string;
  children: ReactNode;
  variant?: keyof typeof variants;
  download?: boolean;
}) {
  if (download) {
    return (
      <a href={href} download className={buttonClass(variant)}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} className={buttonClass(variant)}>
      {children}
    </Link>
  );
}
