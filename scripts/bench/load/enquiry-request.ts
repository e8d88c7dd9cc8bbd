// The enquiry form's server action as the browser posts it (Next-Action header, React's reply encoding), with a
// fresh form token and address per request, so the only thing refusing requests is the per-address rate limit.
import fs from "node:fs";
import path from "node:path";
import { issueFormToken } from "../../../lib/enquiries/anti-spam";

const root = path.resolve(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (v: unknown) => Promise<FormData | string>;
};

function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.filename === filename && e.exportedName === exportedName,
  );
  if (!found) throw new Error(`server action ${filename}#${exportedName} is not in the build`);
  return found[0];
}

export interface EnquiryRequester {
  headers: Record<string, string>;
  /** A new multipart body: unique email, a token issued long enough ago. */
  body(): string;
}

export async function enquiryRequester(opts: {
  origin: string;
  authSecret: string;
  minFillMs: number;
}): Promise<EnquiryRequester> {
  const EMAIL = "__EMAIL__";
  const TOKEN = "__TOKEN__";
  const fd = new FormData();
  const fields = {
    name: "Load Test",
    email: EMAIL,
    organization: "Bench Ltd",
    country: "DE",
    jobRole: "researcher",
    intendedUse: "research",
    timeline: "exploring",
    message: "",
    consent: "on",
    formToken: TOKEN,
    website: "",
  };
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const encoded = await encodeReply([null, fd]);
  if (typeof encoded === "string") throw new Error("React encoded the form as a string: expected multipart");
  const entries = [...encoded.entries()].map(([k, v]) => [k, String(v)] as const);
  const boundary = "----benchload7MA4YWxkTrZu0gW";
  let seq = 0;
  return {
    headers: {
      accept: "text/x-component",
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "next-action": actionId("app/(marketing)/enquire/actions.ts", "submitEnquiryAction"),
      origin: opts.origin,
    },
    body: () => {
      const email = `load-${process.pid}-${++seq}@bench.example`;
      const token = issueFormToken(opts.authSecret, Date.now() - opts.minFillMs - 60_000);
      const parts = entries.map(
        ([k, v]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v.replace(EMAIL, email).replace(TOKEN, token)}\r\n`,
      );
      return `${parts.join("")}--${boundary}--\r\n`;
    },
  };
}

/** What the action answered: accepted (redirect to the thank-you page), rate limited, or anything else. */
export function classifyEnquiry(
  status: number,
  body: string,
  headers: Record<string, unknown>,
): "accepted" | "rate-limited" | "other" {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (h["x-action-redirect"]) return "accepted";
  if (status === 429 || /"code":"RATE_LIMITED"/.test(body)) return "rate-limited";
  return "other";
}
