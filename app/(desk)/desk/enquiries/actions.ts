"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addNote, assignEnquiry, changeStatus } from "@/lib/enquiries/work";
import { replyToEnquiry } from "@/lib/enquiries/reply";
import { enquiryDeps } from "@/app/_bind/deps";
import { assignSchema, changeStatusSchema, noteSchema, replySchema, statusLabels } from "@/lib/validations/desk";

const refresh = (id: string) => {
  revalidatePath(`/desk/enquiries/${id}`);
  revalidatePath("/desk");
};

export const changeStatusAction = roleAction(STAFF, { schema: changeStatusSchema }, async (input, { user, ip }) => {
  const r = await changeStatus(db, user, input.enquiryId, input.status, ip);
  refresh(input.enquiryId);
  return ok(undefined, r.changed ? `Status changed to ${statusLabels[input.status]}.` : "The status was already set.");
});

export const assignAction = roleAction(STAFF, { schema: assignSchema }, async (input, { user, ip }) => {
  const r = await assignEnquiry(db, user, input.enquiryId, input.assigneeId || null, ip);
  refresh(input.enquiryId);
  return ok(undefined, r.changed ? (input.assigneeId ? "Assigned." : "Unassigned.") : "No change.");
});

export const addNoteAction = roleAction(STAFF, { schema: noteSchema }, async (input, { user, ip }) => {
  await addNote(db, user, input.enquiryId, input.body, ip);
  refresh(input.enquiryId);
  return ok(undefined, "Note added.");
});

// Big enough for the attachments (ATTACHMENT_LIMITS: 20 MB in all) plus the text; next.config.js allows as much.
export const replyAction = roleAction(
  STAFF,
  { schema: replySchema, maxBytes: 21 * 1024 * 1024 },
  async (input, { user, ip, files }) => {
    const uploads = await Promise.all(
      (files.attachments ?? []).map(async (f) => ({
        name: typeof f.name === "string" ? f.name : "",
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    );
    await replyToEnquiry(enquiryDeps(), user, input, ip, uploads);
    refresh(input.enquiryId);
    return ok(undefined, uploads.some((u) => u.bytes.length) ? "Reply sent with its attachments." : "Reply sent.");
  },
);
