"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { enquirySchema } from "@/lib/validations/enquiry";
import { submitEnquiry } from "@/lib/enquiries/submit";
import { enquiryDeps } from "@/app/_bind/deps";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "@/lib/enquiries/anti-spam";

export const submitEnquiryAction = publicAction(
  { schema: enquirySchema, maxBytes: 32 * 1024, noEcho: [HONEYPOT_FIELD, TOKEN_FIELD] },
  async (input, ctx) => {
    const enquiry = await submitEnquiry(enquiryDeps(), input, ctx);
    redirect(`/enquire/thanks?ref=${encodeURIComponent(enquiry.reference ?? enquiry.id)}`);
  },
);
