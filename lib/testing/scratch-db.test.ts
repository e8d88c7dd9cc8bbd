// Checks that createScratchDb gives an isolated, migrated database that the app's client can write to and read from:
// SQLite always, PostgreSQL too when TEST_DATABASE_URL is a postgresql:// URL.
import { afterEach, describe, expect, test, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "./scratch-db";
import { isPostgresUrl } from "../rules.mjs";

const pgUrl = isPostgresUrl(process.env.TEST_DATABASE_URL) ? process.env.TEST_DATABASE_URL : undefined;

let open: ScratchDb[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(open.map((s) => s.cleanup()));
  open = [];
});

async function roundTrip(scratch: ScratchDb) {
  const email = `probe-${Date.now()}@example.test`;
  const created = await scratch.db.user.create({ data: { email, name: "Probe" } });
  const read = await scratch.db.user.findUnique({ where: { email } });
  expect(read).toMatchObject({ id: created.id, email, name: "Probe", role: "CUSTOMER" });
}

describe("createScratchDb", () => {
  test("SQLite: migrated, isolated, writable", async () => {
    vi.stubEnv("TEST_DATABASE_URL", "");
    const [a, b] = await Promise.all([createScratchDb(), createScratchDb()]);
    open.push(a!, b!);
    expect(a!.url).toMatch(/^file:/);
    expect(a!.url).not.toBe(b!.url);
    await roundTrip(a!);
    expect(await b!.db.user.count()).toBe(0);
  });

  test("PostgreSQL: migrated, writable, dropped on cleanup", async (ctx) => {
    if (!pgUrl) return ctx.skip("TEST_DATABASE_URL is not a postgresql:// URL");
    const scratch = await createScratchDb();
    open.push(scratch);
    expect(scratch.url).toMatch(/^postgresql:/);
    await roundTrip(scratch);
    await scratch.cleanup();
    const { adminQuery } = await import("../db/schema-engine.mjs");
    const name = new URL(scratch.url).pathname.slice(1);
    const { rowCount } = await adminQuery(pgUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
    expect(rowCount).toBe(0);
  });
});
