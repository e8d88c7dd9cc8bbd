// The next-auth adapter as the app configures it, on a scratch database: what reaches the Session table is the
// token's hash, and only the raw token (the cookie) finds the session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { withHashedSessionTokens } from "./hashed-session-adapter";
import { hashSessionToken } from "./session-token";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("hashed session tokens", () => {
  it("stores the hash, answers to the cookie's token only, updates and deletes by it", async () => {
    const adapter = withHashedSessionTokens(PrismaAdapter(s.db as never) as Adapter);
    const user = await s.db.user.create({ data: { email: `hashed-${Date.now()}@example.org` } });
    const token = "c".repeat(64);
    const expires = new Date(Date.now() + 3_600_000);

    const created = await adapter.createSession!({ sessionToken: token, userId: user.id, expires });
    expect(created.sessionToken).toBe(token); // next-auth puts this in the cookie
    const row = await s.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.sessionToken).toBe(hashSessionToken(token));
    expect(row.sessionToken).not.toContain(token);

    expect((await adapter.getSessionAndUser!(token))?.user.id).toBe(user.id);
    expect(await adapter.getSessionAndUser!(row.sessionToken)).toBeNull(); // a copied row is no cookie

    const later = new Date(Date.now() + 7_200_000);
    expect((await adapter.updateSession!({ sessionToken: token, expires: later }))?.sessionToken).toBe(token);
    expect((await s.db.session.findFirstOrThrow({ where: { userId: user.id } })).expires.getTime()).toBe(
      later.getTime(),
    );

    await adapter.deleteSession!(token);
    expect(await s.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
