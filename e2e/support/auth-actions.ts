// Calls server actions over HTTP the way the browser does (POST with a Next-Action header and React's reply
// encoding), so authorisation tests hit the real request path. Action ids come from the build's manifest.
import fs from "node:fs";
import path from "node:path";
import { E2E_BASE_URL } from "./e2e-env";

// React's own encoder from the Next.js install that built the app, so the wire format always matches.
// Its package has no ESM entry or types for this path, hence require() in this CommonJS-compiled spec helper.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
export const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (v: unknown) => Promise<FormData | string>;
};

const root = path.resolve(__dirname, "../..");

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
  workers: Record<string, unknown>;
}

export function actionManifest(): Record<string, ManifestEntry> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> }).node;
}

export function actionId(filename: string, exportedName: string): string {
  const found = Object.entries(actionManifest()).find(
    ([, e]) => e.filename === filename && e.exportedName === exportedName,
  );
  if (!found) throw new Error(`server action ${filename}#${exportedName} is not in the build`);
  return found[0];
}

export type ActionOutcome =
  | "ok"
  | "redirect"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INTERNAL"
  | `http-${number}`;

export interface ActionResponse {
  status: number;
  outcome: ActionOutcome;
  body: string;
  redirect?: string;
}

/** Posts `fields` to the action as its FormData argument (prev state null), as useActionState does. */
export async function callAction(opts: {
  file: string;
  name: string;
  page: string;
  fields: Record<string, string | string[]>;
  cookie?: string;
  headers?: Record<string, string>;
  /** Another instance of the same build (default: the e2e app). */
  base?: string;
}): Promise<ActionResponse> {
  const base = opts.base ?? E2E_BASE_URL;
  const fd = new FormData();
  for (const [k, v] of Object.entries(opts.fields)) for (const one of [v].flat()) fd.append(k, one);
  const body = await encodeReply([null, fd]);
  const res = await fetch(`${base}${opts.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      accept: "text/x-component",
      "next-action": actionId(opts.file, opts.name),
      origin: base,
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  const redirect = res.headers.get("x-action-redirect") ?? undefined;
  const code = /"ok":false,"code":"([A-Z_]+)"/.exec(text)?.[1] as ActionOutcome | undefined;
  const outcome: ActionOutcome = redirect
    ? "redirect"
    : code
      ? code
      : /"ok":true/.test(text)
        ? "ok"
        : `http-${res.status}`;
  return { status: res.status, outcome, body: text, redirect };
}
