import Link from "next/link";
import { buttonClass } from "@/components/ui/button-link";

/** Previous/next links for keyset pages; `href` builds the URL for a cursor. */
export function Pager({
  prev,
  next,
  href,
  label = "Pages",
}: {
  prev?: string;
  next?: string;
  href: (c: { after?: string; before?: string }) => string;
  label?: string;
}) {
  if (!prev && !next) return null;
  return (
    <nav aria-label={label} className="flex justify-between gap-3">
      {prev ? (
        <Link href={href({ before: prev })} className={buttonClass("secondary")} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={href({ after: next })} className={buttonClass("secondary")} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
