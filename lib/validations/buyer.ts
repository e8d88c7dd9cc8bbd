// Inputs of the buyer's enquiry page.
import { z } from "zod";
import { text } from "./form";

export const BUYER_REPLY_MAX = 5000;

export const buyerReplySchema = z.object({
  reference: z
    .string()
    .trim()
    .regex(/^ENQ-\d{4}-\d{5,}$/, "Unknown enquiry reference"),
  body: text("your reply", 1, BUYER_REPLY_MAX),
});
