export const USES = ["research", "commercial"] as const;
export type Use = (typeof USES)[number];
export const useLabels: Record<Use, string> = { research: "Research", commercial: "Commercial" };
export const isUse = (v: unknown): v is Use => typeof v === "string" && (USES as readonly string[]).includes(v);
