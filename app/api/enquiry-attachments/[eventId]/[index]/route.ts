import { Readable } from "node:stream";
import { roleRoute } from "@/lib/actions/route";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findAttachment } from "@/lib/enquiries/attachment-access";
import { attachmentStorage } from "@/app/_bind/attachment-storage";

export const dynamic = "force-dynamic";

// A file attached to a desk reply, for staff and for the buyer it was sent to (findAttachment checks which).
export const GET = roleRoute<{ eventId: string; index: string }>(ANY_USER, async (_req, { user, params }) => {
  const index = Number(params.index);
  if (!Number.isInteger(index) || index < 0 || index > 100) throw new AppError("NOT_FOUND", "No such attachment.");
  const file = await findAttachment(db, user, params.eventId, index);
  const stream = await attachmentStorage().read(file.key);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      // Always a download, never rendered in the site's origin.
      "Content-Disposition": `attachment; filename="${file.name}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
