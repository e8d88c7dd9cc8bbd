import { z } from "zod";

export const profileSchema = z.object({
  name: z.string().trim().max(120, "Your name must be at most 120 characters"),
});
