import type { Metadata } from "next";
import { StatisticsView } from "./statistics-view";

// Served from the cache (ISR), not rendered per request: imports expire it at once (/api/revalidate,
// lib/storefront/revalidation.ts); without that notice it is at most a minute old. A sorted table
// (?sort=&dir=) is a cached page of its own: proxy.ts rewrites the query to sorted/[sort]/[dir].
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Statistics",
  description:
    "Number of lumbar spine MRI studies by condition and by method of study, with totals and a CSV download.",
  alternates: { canonical: "/statistics" },
};

export default function StatisticsPage() {
  return <StatisticsView />;
}
