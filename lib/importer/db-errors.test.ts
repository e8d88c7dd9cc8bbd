// The database failures a CLI meets first, told in one line an operator can act on, recognised by Prisma code or by
// the driver's words anywhere in the cause chain; anything else is left to the caller (null).
import { describe, expect, it } from "vitest";
import { describeDbError } from "./db-errors";

const prismaError = (code: string, message: string, cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { code });

describe("describeDbError", () => {
  it("says the database is not migrated, quoting the last line of the cause, and how to fix it", () => {
    expect(
      describeDbError(
        prismaError("P2021", "Invalid `db.dataset.findMany()` invocation:\n\nThe table `main.Dataset` does not exist"),
      ),
    ).toBe(
      "the database is not migrated (The table `main.Dataset` does not exist); apply the migrations first: npm run db:deploy",
    );
    expect(describeDbError(new Error("wrapped", { cause: new Error("SqliteError: no such table: Study") }))).toMatch(
      /^the database is not migrated .*npm run db:deploy$/,
    );
    expect(describeDbError(new Error('relation "Study" does not exist'))).toMatch(/not migrated/);
  });

  it("tells unreachable, missing and refusing databases apart", () => {
    expect(describeDbError(prismaError("P1001", "Can't reach database server at `127.0.0.1:5432`"))).toBe(
      "the database server cannot be reached: is it running, and is DATABASE_URL right?",
    );
    expect(
      describeDbError(
        new Error("x", {
          cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
        }),
      ),
    ).toMatch(/cannot be reached/);
    expect(describeDbError(prismaError("P1003", "Database `shop` does not exist"))).toBe(
      "the database named in DATABASE_URL does not exist",
    );
    expect(describeDbError(new Error('database "t2_missing" does not exist'))).toBe(
      "the database named in DATABASE_URL does not exist",
    );
    expect(describeDbError(prismaError("P1000", "Authentication failed against database server"))).toBe(
      "the database refused the user or credentials in DATABASE_URL",
    );
  });

  it("says a SQLite file cannot be opened for writing", () => {
    expect(describeDbError(new Error("SQLITE_READONLY: attempt to write a readonly database"))).toBe(
      "the SQLite database file cannot be opened for writing (check DATABASE_URL and the folder's permissions)",
    );
  });

  it("gives another Prisma error's code and last line, not the quoted source above it", () => {
    expect(
      describeDbError(
        prismaError(
          "P2002",
          "Invalid `db.x.create()` invocation in\n/app/lib/x.ts:12\n\nUnique constraint failed on the fields: (`slug`)",
        ),
      ),
    ).toBe("database error P2002: Unique constraint failed on the fields: (`slug`)");
  });

  it("returns null for errors that are not the database's", () => {
    expect(describeDbError(new Error("ENOENT: no such file or directory, open 'x.csv'"))).toBeNull();
    expect(describeDbError("a string")).toBeNull();
    expect(describeDbError(Object.assign(new Error("x"), { code: "E_OTHER" }))).toBeNull();
  });
});
