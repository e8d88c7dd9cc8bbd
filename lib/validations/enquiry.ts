// The enquiry form's one schema: the client form validates with it (zodResolver) and the server action parses the
// submitted FormData with it. Anti-spam fields are not part of it: they are checked on the server only.
import { z } from "zod";
import { countryCodes } from "./countries";
import { checkbox, email, enumField, nameText, optionalInt, optionalText, stringList } from "./form";

export const intendedUses = ["research", "commercial"] as const;
export type IntendedUse = (typeof intendedUses)[number];
export const intendedUseLabels: Record<IntendedUse, string> = {
  research: "Research (academic or non-profit)",
  commercial: "Commercial (products, services, internal models)",
};

export const jobRoles = [
  "researcher",
  "data-scientist",
  "clinician",
  "engineer",
  "product",
  "procurement",
  "executive",
  "other",
] as const;
export const jobRoleLabels: Record<(typeof jobRoles)[number], string> = {
  researcher: "Researcher / academic",
  "data-scientist": "Data scientist / ML engineer",
  clinician: "Clinician / radiologist",
  engineer: "Software engineer",
  product: "Product manager",
  procurement: "Procurement / legal",
  executive: "Executive / founder",
  other: "Other",
};

export const timelines = ["asap", "1-3-months", "3-6-months", "6-12-months", "exploring"] as const;
export const timelineLabels: Record<(typeof timelines)[number], string> = {
  asap: "As soon as possible",
  "1-3-months": "Within 1-3 months",
  "3-6-months": "Within 3-6 months",
  "6-12-months": "Within 6-12 months",
  exploring: "Just exploring",
};

export const MAX_STUDIES = 2_400_000;
export const MESSAGE_MAX = 5000;

export const enquirySchema = z.object({
  name: nameText("your name", 2, 120),
  email: email("your work email"),
  organization: nameText("your organisation", 2, 200),
  country: enumField(countryCodes, "Choose your country"),
  jobRole: enumField(jobRoles, "Choose your role"),
  intendedUse: enumField(intendedUses, "Choose research or commercial use"),
  conditions: stringList(z.string().max(120, "A condition name is too long"), 50, "conditions"),
  studyCount: optionalInt("the number of studies", 1, MAX_STUDIES),
  timeline: enumField(timelines, "Choose a timeline"),
  message: optionalText("the message", MESSAGE_MAX),
  consent: checkbox.refine((v) => v, "Tick the box so that we may contact you about this enquiry"),
});

export type EnquiryInput = z.input<typeof enquirySchema>;
export type Enquiry = z.output<typeof enquirySchema>;
export type EnquiryField = keyof Enquiry;
