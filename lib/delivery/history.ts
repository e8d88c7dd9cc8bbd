// Download history: the DownloadEvent rows of one organisation's licences (customers), or of everyone (the desk,
// optionally one organisation or licence), newest first, in keyset pages; and the same as a streamed CSV.
import { csvCell } from "../csv-cell";
import type { Db } from "../db/create-client";
import { keysetPage } from "../db/keyset";

export interface HistoryScope {
  /** Only the licences of this organisation (always set for customers). */
  organizationId?: string;
  licenceId?: string;
}

export interface HistoryRow {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  licenceId: string | null;
  licenceNumber: string | null;
  organizationName: string | null;
  studyOrKey: string;
  status: number;
  range: string | null;
  bytesSent: bigint;
  complete: boolean;
  ip: string | null;
  userEmail: string | null;
  token: string | null;
  userAgent: string | null;
}

type Where = { licenceId?: string | { in: string[] } };

async function whereOf(db: Db, s: HistoryScope): Promise<Where> {
  if (!s.organizationId) return s.licenceId ? { licenceId: s.licenceId } : {};
  const ids = (await db.licence.findMany({ where: { organizationId: s.organizationId }, select: { id: true } })).map(
    (l) => l.id,
  );
  // A licence of another organisation named in the filter matches nothing.
  return { licenceId: { in: s.licenceId ? ids.filter((i) => i === s.licenceId) : ids } };
}

const newestFirst = { field: "startedAt", dir: "desc" } as const;

/** Cursor: the last row's "<startedAt ISO>_<id>" (readable, and stable in links people keep). */
function parseCursor(c: string | null | undefined): { t: Date; id: string } | null {
  const m = c ? /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([A-Za-z0-9]{1,40})$/.exec(c) : null;
  return m ? { t: new Date(m[1]!), id: m[2]! } : null;
}
const cursorOf = (r: { startedAt: Date; id: string }) => `${r.startedAt.toISOString()}_${r.id}`;

export async function historyPage(
  db: Db,
  s: HistoryScope,
  o: { before?: string | null; limit?: number } = {},
): Promise<{ rows: HistoryRow[]; next: string | null }> {
  const limit = Math.min(Math.max(o.limit ?? 50, 1), 1000);
  const where = await whereOf(db, s);
  const c = parseCursor(o.before);
  const page = await keysetPage(
    newestFirst,
    { after: c ? { value: c.t, id: c.id } : undefined, limit },
    (k) =>
      db.downloadEvent.findMany({
        where: k.where ? { AND: [where, k.where] } : where,
        orderBy: k.orderBy,
        take: k.take,
        include: { study: { select: { studyInstanceUid: true } } },
      }),
    (e) => ({ value: e.startedAt, id: e.id }),
  );
  const rows = await describe(db, page.items);
  const last = page.items.at(-1);
  return { rows, next: page.next && last ? cursorOf(last) : null };
}

type Event = Awaited<ReturnType<Db["downloadEvent"]["findMany"]>>[number] & {
  study: { studyInstanceUid: string } | null;
};

/** Licence numbers, organisation names, user emails and token prefixes for one page, in three small reads. */
async function describe(db: Db, events: Event[]): Promise<HistoryRow[]> {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [licences, users, tokens] = await Promise.all([
    db.licence.findMany({
      where: { id: { in: uniq(events.map((e) => e.licenceId)) } },
      select: { id: true, number: true, organizationId: true },
    }),
    db.user.findMany({ where: { id: { in: uniq(events.map((e) => e.userId)) } }, select: { id: true, email: true } }),
    db.accessToken.findMany({
      where: { id: { in: uniq(events.map((e) => e.tokenId)) } },
      select: { id: true, prefix: true, name: true },
    }),
  ]);
  const orgs = await db.organization.findMany({
    where: { id: { in: uniq(licences.map((l) => l.organizationId)) } },
    select: { id: true, name: true },
  });
  const L = new Map(licences.map((l) => [l.id, l]));
  const O = new Map(orgs.map((o) => [o.id, o.name]));
  const U = new Map(users.map((u) => [u.id, u.email]));
  const T = new Map(tokens.map((t) => [t.id, `${t.prefix}... (${t.name})`]));
  return events.map((e) => {
    const l = e.licenceId ? L.get(e.licenceId) : undefined;
    return {
      id: e.id,
      startedAt: e.startedAt,
      finishedAt: e.finishedAt,
      licenceId: e.licenceId,
      licenceNumber: l?.number ?? null,
      organizationName: l ? (O.get(l.organizationId) ?? null) : null,
      studyOrKey: e.study?.studyInstanceUid ?? e.objectKey,
      status: e.status,
      range: e.range,
      bytesSent: e.bytesSent,
      complete: e.complete,
      ip: e.ip,
      userEmail: e.userId ? (U.get(e.userId) ?? null) : null,
      token: e.tokenId ? (T.get(e.tokenId) ?? null) : null,
      userAgent: e.userAgent,
    };
  });
}

const COLUMNS = [
  "started_at",
  "finished_at",
  "organisation",
  "licence",
  "study_or_object",
  "status",
  "range",
  "bytes_sent",
  "complete",
  "user",
  "token",
  "ip",
  "user_agent",
] as const;

/** The whole history as CSV, one keyset page at a time as the reader pulls (constant memory). */
export async function* historyCsv(db: Db, s: HistoryScope, pageSize = 1000): AsyncGenerator<string> {
  yield `\uFEFF${COLUMNS.join(",")}\r\n`;
  let before: string | null = null;
  for (;;) {
    const { rows, next } = await historyPage(db, s, { before, limit: pageSize });
    yield rows
      .map(
        (r) =>
          [
            r.startedAt,
            r.finishedAt,
            r.organizationName,
            r.licenceNumber,
            r.studyOrKey,
            r.status,
            r.range,
            r.bytesSent,
            r.complete,
            r.userEmail,
            r.token,
            r.ip,
            r.userAgent,
          ]
            .map(csvCell)
            .join(",") + "\r\n",
      )
      .join("");
    if (!next) return;
    before = next;
  }
}

/** A Web stream of the CSV for App Router route handlers. */
export function historyCsvStream(db: Db, s: HistoryScope): ReadableStream<Uint8Array> {
  const it = historyCsv(db, s);
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await it.next();
      if (r.done) controller.close();
      else controller.enqueue(enc.encode(r.value));
    },
    async cancel() {
      await it.return(undefined);
    },
  });
}
