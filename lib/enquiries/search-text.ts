// The inbox searches one lower-cased column with LIKE. LIKE's wildcards (% and _) and PostgreSQL's escape character
// (\) are stored - and searched for - as private-use characters, so a search for "100%" or "a_b" finds exactly that
// on SQLite (whose LIKE has no escape character through Prisma) and PostgreSQL alike.
const LITERAL: Record<string, string> = { "\\": "\uE05C", "%": "\uE025", _: "\uE05F" };

export const searchForm = (text: string): string => text.toLowerCase().replace(/[\\%_]/g, (c) => LITERAL[c]!);
