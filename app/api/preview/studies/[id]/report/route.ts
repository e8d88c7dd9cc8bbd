// The radiologist's PDF report of a published sample study, shown inline beside the viewer.
import { db } from "@/lib/db";
import { findSampleReport } from "@/lib/preview/find-sample-file";
import { serveSampleFile } from "@/lib/preview/serve-sample-file";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveSampleFile(req, "report", await findSampleReport(db, id));
}
