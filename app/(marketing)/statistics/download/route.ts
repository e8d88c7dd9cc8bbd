import { loadStats } from "@/app/_bind/load-stats";
import { statsToCsv } from "@/lib/dataset/stats-csv";

export const dynamic = "force-dynamic";

// The figures as the page shows them, in the long format (condition, method, studies) that re-imports as is.
export async function GET() {
  const stats = await loadStats();
  if (!stats) {
    return new Response("No statistics have been imported yet.\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const stamp = stats.source.importedAt.toISOString().slice(0, 10);
  return new Response(statsToCsv(stats.rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="lumbar-spine-mri-statistics-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}
