// Turns the errors a CLI meets before any work is done (database down, not migrated, unreadable file) into one line an
// operator can act on; Prisma's own messages quote the calling code and bury the cause.
const lastLine = (s: string) => s.trim().split("\n").at(-1)?.trim() ?? s;

function chain(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const c = cur as { message?: unknown; code?: unknown; kind?: unknown; cause?: unknown };
    parts.push([c.code, c.kind, c.message].filter((x) => typeof x === "string").join(" "));
    cur = c.cause;
  }
  return parts.join(" | ");
}

/** A plain-words description when `e` is a known database failure, else null. */
export function describeDbError(e: unknown): string | null {
  const text = chain(e);
  const code = (e as { code?: unknown }).code;
  if (
    code === "P2021" ||
    code === "P2022" ||
    /no such table|relation .* does not exist|TableDoesNotExist|ColumnNotFound/i.test(text)
  ) {
    return `the database is not migrated (${lastLine(text.split(" | ")[0] ?? text)}); apply the migrations first: npm run db:deploy`;
  }
  if (
    code === "P1001" ||
    /ECONNREFUSED|DatabaseNotReachable|Can't reach database|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH/i.test(text)
  ) {
    return "the database server cannot be reached: is it running, and is DATABASE_URL right?";
  }
  if (code === "P1003" || /DatabaseDoesNotExist|database [`"'].*[`"'] does not exist/i.test(text))
    return "the database named in DATABASE_URL does not exist";
  if (code === "P1000" || code === "P1010" || /authentication failed|AuthenticationFailed|denied access/i.test(text)) {
    return "the database refused the user or credentials in DATABASE_URL";
  }
  if (/SQLITE_CANTOPEN|unable to open database|SQLITE_READONLY|attempt to write a readonly database/i.test(text)) {
    return "the SQLite database file cannot be opened for writing (check DATABASE_URL and the folder's permissions)";
  }
  // Any other Prisma error: its last line is the cause; the lines above quote our own source.
  if (typeof code === "string" && /^P\d{4}$/.test(code))
    return `database error ${code}: ${lastLine(String((e as Error).message))}`;
  return null;
}
