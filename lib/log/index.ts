// The server log. Every part is escaped (lib/log/safe.ts), so nothing a visitor typed - a name, a subject, an error
// message quoting their input - can start a line of its own or hide text; an error's stack stays on one line too.
import { logSafe } from "./safe";

function render(part: unknown): string {
  if (part instanceof Error) {
    const cause = part.cause === undefined ? "" : ` [cause: ${render(part.cause)}]`;
    return logSafe(part.stack ?? `${part.name}: ${part.message}`, 4000) + cause;
  }
  return logSafe(typeof part === "string" ? part : safeJson(part), 2000);
}

function safeJson(v: unknown): string {
  try {
    return typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

export const log = {
  info: (...parts: unknown[]) => console.log(parts.map(render).join(" ")),
  warn: (...parts: unknown[]) => console.warn(parts.map(render).join(" ")),
  error: (...parts: unknown[]) => console.error(parts.map(render).join(" ")),
};
