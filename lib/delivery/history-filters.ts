// The desk's download-history filter (page and CSV export): an organisation and a licence id from the query string.
// Anything that is not an id means "no filter", so a hand-edited URL still shows a page. The result is a HistoryScope
// and also plain data (the export's audit row records it).

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const idOf = (v: string | null | undefined) => (v && ID.test(v) ? v : undefined);

export function historyScopeOf(q: { organization?: string | null; licence?: string | null }) {
  return { organizationId: idOf(q.organization), licenceId: idOf(q.licence) };
}
