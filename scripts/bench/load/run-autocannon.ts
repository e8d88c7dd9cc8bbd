// One autocannon run and the figures bench:load reports from it.
import autocannon, { type Request } from "autocannon";

export interface EndpointFigures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Answers that should not happen: socket errors, timeouts, statuses outside `ok` (intended 429s excluded). */
  errors: number;
  statuses: Record<string, number>;
  /** Enquiry only: accepted and refused by the rate limit. */
  accepted?: number;
  rateLimited?: number;
  /** Enquiry only: rows the database holds from the run's client address once the run is over. */
  stored?: number;
}

export interface LoadTarget {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Statuses that count as success (default 2xx). */
  ok?: (status: number) => boolean;
  /** POST bodies built per request; responses classified by `classify`. */
  body?: () => string;
  classify?: (status: number, body: string, headers: Record<string, unknown>) => "accepted" | "rate-limited" | "other";
}

export async function runAutocannon(
  baseUrl: string,
  t: LoadTarget,
  o: { connections: number; duration: number },
): Promise<EndpointFigures> {
  const tally = { accepted: 0, rateLimited: 0, other: 0 };
  const result = await autocannon({
    url: `${baseUrl}${t.path}`,
    connections: o.connections,
    duration: o.duration,
    timeout: 30,
    method: t.method ?? "GET",
    headers: t.headers,
    ...(t.body
      ? {
          requests: [
            {
              method: t.method ?? "POST",
              path: t.path,
              headers: t.headers,
              setupRequest: (req: Request): Request => ({ ...req, body: t.body!() }),
              onResponse: (status: number, body: string, _ctx: object, headers?: Record<string, unknown>) => {
                const c = t.classify!(status, body, headers ?? {});
                if (c === "accepted") tally.accepted++;
                else if (c === "rate-limited") tally.rateLimited++;
                else tally.other++;
              },
            },
          ],
        }
      : {}),
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count]),
  );
  const ok = t.ok ?? ((s: number) => s >= 200 && s < 300);
  const badStatuses = t.classify
    ? tally.other
    : Object.entries(statuses).reduce((n, [s, c]) => n + (ok(Number(s)) ? 0 : c), 0);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + badStatuses,
    statuses,
    ...(t.classify ? { accepted: tally.accepted, rateLimited: tally.rateLimited } : {}),
  };
}
