// Building blocks that accept both shapes a form value arrives in: react-hook-form's (booleans, arrays, numbers)
// in the browser and FormData's (strings, "on", repeated keys) on the server, so one schema serves both.
import { z } from "zod";

// No JIT: zod probes for eval with `new Function("")`, which the pages' Content-Security-Policy refuses - and reports
// as a violation even though zod catches it (lib/security/csp.mjs). Every form schema imports this module first.
z.config({ jitless: true });

export const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    // An empty field is a missing answer, not a short one: say what to enter, and stop there.
    .min(1, { error: `Enter ${label}`, abort: true })
    .min(min, `${cap(label)} must be at least ${min} characters`)
    .max(max, `${cap(label)} must be at most ${max} characters`);

// Names and organisations are shown to staff, put in email subjects and logged: control characters become spaces,
// and bidi overrides/isolates and invisible characters go - they can disguise a name ("evil\u202Egpj.exe" shows as
// "evilexe.jpg") or make two look alike. ZWJ/ZWNJ stay between letters, where Persian or Indic scripts need them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const STRAY_JOINER = /(?<![\p{L}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}])/gu;

export const cleanName = (v: string): string =>
  v.replace(CONTROL, " ").replace(INVISIBLE, "").replace(STRAY_JOINER, "");

/** A person's or an organisation's name: text() after cleanName. */
export const nameText = (label: string, min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? cleanName(v) : v), text(label, min, max));

export const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z
      .string()
      .trim()
      .max(max, `${cap(label)} must be at most ${max} characters`),
  );

/** The browser's own definition (HTML5) of an email address: it allows hosts like `localhost` of the demo users. */
export const emailFormat = (message = "Enter a valid email address, like name@example.org") =>
  z.email({ pattern: z.regexes.html5Email, error: message });

export const email = (label = "an email address") =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .toLowerCase()
    .min(1, `Enter ${label}`)
    .max(254, "The email address is too long")
    .pipe(emailFormat());

/** A checkbox: true for "on"/"true"/true, false for anything else (unchecked boxes are absent from FormData). */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** An optional whole number: "" and absent mean undefined. */
export const optionalInt = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null || (typeof v === "number" && Number.isNaN(v)) ? undefined : v),
    z.coerce
      .number({ error: `${cap(label)} must be a number` })
      .int(`${cap(label)} must be a whole number`)
      .min(min, `${cap(label)} must be at least ${min.toLocaleString("en")}`)
      .max(max, `${cap(label)} must be at most ${max.toLocaleString("en")}`)
      .optional(),
  );

/**
 * A list from repeated keys or an array (one checked box arrives as a single string, none as nothing or `false`);
 * trimmed, de-duplicated, empties dropped.
 */
export const stringList = (item: z.ZodString, maxItems: number, label: string) =>
  z.preprocess(
    (v) => {
      const raw = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
      const items = raw.filter((x): x is string => typeof x === "string").map((x) => x.trim());
      return [...new Set(items.filter(Boolean))];
    },
    z.array(item).max(maxItems, `Choose at most ${maxItems} ${label}`),
  );

export function enumField<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

function cap(s: string): string {
  const bare = s.replace(/^(a|an|the|your) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** zod issues as { field: [messages] }, the shape forms and action results use. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
