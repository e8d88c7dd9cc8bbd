"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addBuyerReply } from "@/lib/enquiries/buyer";
import { notifyBuyerReply } from "@/lib/enquiries/notify-buyer-reply";
import { enquiryDeps } from "@/app/_bind/deps";
import { buyerReplySchema } from "@/lib/validations/buyer";

// Any signed-in user, but only on an enquiry sent from their own address (addBuyerReply checks it in its query).
export const buyerReplyAction = roleAction(
  ANY_USER,
  { schema: buyerReplySchema, maxBytes: 16 * 1024 },
  async (input, { user, ip }) => {
    const e = await addBuyerReply(db, user, input.reference, input.body, ip);
    await notifyBuyerReply(enquiryDeps(), e, user.email, input.body);
    revalidatePath(`/account/enquiries/${input.reference}`);
    revalidatePath(`/desk/enquiries/${e.id}`);
    return ok(undefined, "Reply sent. Sales will see it on your enquiry.");
  },
);
