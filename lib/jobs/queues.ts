// The queues, their retry policies and how the desk describes a job of each. Overrides (JOBS_* settings) let tests and
// small deployments shorten delays without changing code.
import type { QueuePolicy } from "./types";

export const QUEUES = {
  sendMail: "send-mail",
  importFolder: "import-folder",
  buildArchives: "build-archives",
  expireLicences: "expire-licences",
  refreshCatalogue: "refresh-catalogue",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const DEFAULTS: Record<QueueName, QueuePolicy> = {
  // An SMTP server that is down for minutes should not lose mail: 8 attempts over about an hour and a half of backoff.
  "send-mail": { retryLimit: 8, retryDelay: 20, retryBackoff: true, expireInSeconds: 5 * 60 },
  // Long jobs: expiry is what recovers one whose worker died, so it must exceed the longest honest run.
  "import-folder": { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 12 * 3600 },
  "build-archives": { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 12 * 3600 },
  "expire-licences": { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  "refresh-catalogue": { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 2 * 3600 },
};

export interface PolicyOverrides {
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  retryLimit?: number;
}

export function queuePolicies(o: PolicyOverrides = {}): Record<QueueName, QueuePolicy> {
  return Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, p]) => [
      name,
      {
        ...p,
        ...(o.retryDelaySeconds !== undefined ? { retryDelay: o.retryDelaySeconds } : {}),
        ...(o.expireInSeconds !== undefined ? { expireInSeconds: o.expireInSeconds } : {}),
        ...(o.retryLimit !== undefined ? { retryLimit: o.retryLimit } : {}),
      },
    ]),
  ) as Record<QueueName, QueuePolicy>;
}

/** One line for the desk: who a mail goes to, which folder is imported. Mail bodies (sign-in links) never appear. */
export function describeJob(name: string, data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === "string" ? v : "");
  switch (name) {
    case QUEUES.sendMail:
      return `to ${s(d.to)}: ${s(d.subject)}`;
    case QUEUES.importFolder:
      return `${s(d.source)} into ${s(d.datasetSlug)}${d.sample ? " (sample)" : ""}`;
    case QUEUES.buildArchives:
      return d.studyInstanceUid
        ? `study ${s(d.studyInstanceUid)}`
        : d.datasetSlug
          ? `dataset ${s(d.datasetSlug)}`
          : "every dataset";
    case QUEUES.refreshCatalogue:
      return `${s(d.datasetSlug)} version ${String(d.version ?? "latest")}`;
    default:
      return "";
  }
}
