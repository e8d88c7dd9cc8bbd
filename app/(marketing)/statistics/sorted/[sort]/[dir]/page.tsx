// /statistics in another order, served from the cache like /statistics itself. Visitors never see this path:
// proxy.ts rewrites /statistics?sort=<key>&dir=<asc|desc> here (one cached page per order, and only valid orders,
// so a made-up query cannot fill the cache).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isStatsOrder } from "@/lib/dataset/stats-order";
import { StatisticsView } from "../../../statistics-view";

export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { sort: string; dir: string }[] {
  return [];
}

export const metadata: Metadata = {
  title: "Statistics",
  alternates: { canonical: "/statistics" },
  robots: { index: false },
};

export default async function SortedStatisticsPage({ params }: { params: Promise<{ sort: string; dir: string }> }) {
  const { sort, dir } = await params;
  if (!isStatsOrder(sort, dir)) notFound();
  return <StatisticsView sort={sort} dir={dir} />;
}
