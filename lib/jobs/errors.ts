/** What is kept of a failed attempt: pg-boss stores a serialised error in `output`; the in-process driver does too. */
export function errorOutput(e: unknown): { message: string; stack?: string } {
  if (e instanceof Error) return { message: e.message || e.name, stack: e.stack };
  return { message: String(e) };
}

/** The message from either driver's stored output (pg-boss nests it as { value: { message } } on expiry). */
export function messageOf(output: unknown): string | null {
  if (output === null || output === undefined) return null;
  const o = (typeof output === "string" ? safeParse(output) : output) as {
    message?: unknown;
    value?: { message?: unknown };
  } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === "string" ? m : null;
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
