// Inputs of the sales desk's actions.
import { z } from "zod";
import { text } from "./form";

export const enquiryStatuses = ["NEW", "CONTACTED", "QUOTED", "WON", "LOST", "SPAM"] as const;
export type EnquiryStatusValue = (typeof enquiryStatuses)[number];
export const statusLabels: Record<EnquiryStatusValue, string> = {
  NEW: "New",
  CONTACTED: "Contacted",
  QUOTED: "Quoted",
  WON: "Won",
  LOST: "Lost",
  SPAM: "Spam",
};

const id = z.string().trim().min(1, "Missing id").max(64);

export const changeStatusSchema = z.object({
  enquiryId: id,
  status: z.enum(enquiryStatuses, { error: "Choose a status" }),
});

export const assignSchema = z.object({
  enquiryId: id,
  // "" unassigns.
  assigneeId: z.string().trim().max(64),
});

export const noteSchema = z.object({
  enquiryId: id,
  body: text("a note", 1, 5000),
});

export const replySchema = z.object({
  enquiryId: id,
  subject: text("a subject", 1, 200),
  body: text("a message", 1, 20_000),
  markContacted: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
});
