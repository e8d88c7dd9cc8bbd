import { z } from "zod";
import { cleanName } from "./form";

export const profileSchema = z.object({
  name: z.preprocess(
    (v) => (typeof v === "string" ? cleanName(v) : v),
    z.string().trim().max(120, "Your name must be at most 120 characters"),
  ),
});
