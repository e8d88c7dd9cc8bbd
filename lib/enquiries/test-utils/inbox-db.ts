// Test helper: a scratch database for a test file with a SALES user (the "me" of the inbox's assignee filter) and the
// enquiries `seed` writes, removed after the last test of the file.
import { afterAll, beforeAll } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";

type Db = ScratchDb["db"];

export function inboxDb(seed: (db: Db, staffId: string) => Promise<void>) {
  let scratch: ScratchDb | undefined;
  let staff: string | undefined;
  beforeAll(async () => {
    scratch = await createScratchDb();
    staff = (await scratch.db.user.create({ data: { email: "sales@example.org", role: "SALES" } })).id;
    await seed(scratch.db, staff);
  });
  afterAll(() => scratch?.cleanup());
  const ready = () => {
    if (!scratch || staff === undefined) throw new Error("the inbox exists only while the file's tests run");
    return { db: scratch.db, staffId: staff };
  };
  return {
    get db(): Db {
      return ready().db;
    },
    get staffId(): string {
      return ready().staffId;
    },
  };
}
