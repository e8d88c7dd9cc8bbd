// The DICOM file of one instance of a published sample study; anything else 404 (see lib/preview/serve-sample-file).
import { db } from "@/lib/db";
import { findSampleInstanceFile } from "@/lib/preview/find-sample-file";
import { serveSampleFile } from "@/lib/preview/serve-sample-file";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveSampleFile(req, "dicom", await findSampleInstanceFile(db, id, "dicom"));
}
