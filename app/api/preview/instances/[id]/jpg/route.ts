// The vendor's JPG rendering of one instance of a published sample study: thumbnails and the undecodable-file fallback.
import { db } from "@/lib/db";
import { findSampleInstanceFile } from "@/lib/preview/find-sample-file";
import { serveSampleFile } from "@/lib/preview/serve-sample-file";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveSampleFile(req, "jpg", await findSampleInstanceFile(db, id, "jpg"));
}
