// The job layer's one interface, implemented twice: pg-boss on PostgreSQL (production, any number of workers) and an
// in-process driver on a Prisma table (the embedded default). Handlers and callers see only this.

/** pg-boss's states, in its order: a job waits (created, retry), runs (active), then ends. */
export const JOB_STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** How a queue retries and when a running job counts as lost (its worker died): settings per queue. */
export interface QueuePolicy {
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled per attempt when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job still active this long after it started is given up on (failed, or retried while attempts remain). */
  expireInSeconds: number;
}

export interface SendOptions {
  /** A stable id (any string; mapped to a UUID) makes sending idempotent: a second send with the same key is a no-op. */
  key?: string;
  /** Earliest start. */
  startAfter?: Date;
}

export interface JobContext {
  id: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export type JobHandler = (data: unknown, job: JobContext) => Promise<unknown>;
export type JobHandlers = Record<string, JobHandler>;

export interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  /** The last error's message (failed and retried jobs). */
  error: string | null;
  /** A short description of what the job does, from its data (never secrets: mail bodies are not shown). */
  summary: string;
}

export interface JobListFilter {
  state?: JobState;
  /** Only jobs retried at least once. */
  retried?: boolean;
  /** Keyset: rows created before this job (createdOn, id). */
  before?: { createdOn: Date; id: string };
  limit?: number;
}

export interface JobQueue {
  readonly driver: "pg-boss" | "in-process";
  /** Stores the job; resolves once it is durable. Returns the job id, or null when `key` was already sent. */
  send(name: string, data: object, opts?: SendOptions): Promise<string | null>;
  /** Starts working the given queues in this process (until stop()). */
  work(handlers: JobHandlers): Promise<void>;
  list(filter: JobListFilter): Promise<JobRow[]>;
  counts(): Promise<Record<JobState, number> & { retried: number }>;
  /** Puts a failed job back in the queue; false when it is not (or no longer) failed. */
  retry(id: string): Promise<boolean>;
  stop(): Promise<void>;
}
