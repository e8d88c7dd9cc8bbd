// A short plain-text answer (errors, refusals) in serveObject's result shape, so routes send every answer one way.
import { Readable } from "node:stream";
import type { ServeResult } from "./serve-object";

export function textResult(status: number, body: string, extra: Record<string, string> = {}): ServeResult {
  const bytes = Buffer.from(body.endsWith("\n") ? body : `${body}\n`);
  return {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "content-length": String(bytes.length),
      ...extra,
    },
    body: Readable.from([bytes]),
  };
}
