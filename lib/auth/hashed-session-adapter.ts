// Wraps next-auth's database adapter so session tokens reach the database only hashed (lib/auth/session-token.ts):
// next-auth keeps handing the raw token to the browser's cookie and back, the adapter stores and looks up its hash.
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { hashSessionToken } from "./session-token";

export function withHashedSessionTokens(adapter: Adapter): Adapter {
  const raw = <S extends AdapterSession | null | undefined>(session: S, token: string): S =>
    session ? { ...session, sessionToken: token } : session;
  return {
    ...adapter,
    async createSession(session) {
      return raw(
        await adapter.createSession!({ ...session, sessionToken: hashSessionToken(session.sessionToken) }),
        session.sessionToken,
      );
    },
    async getSessionAndUser(sessionToken) {
      const found = await adapter.getSessionAndUser!(hashSessionToken(sessionToken));
      return found && { ...found, session: raw(found.session, sessionToken) };
    },
    async updateSession(session) {
      return raw(
        await adapter.updateSession!({ ...session, sessionToken: hashSessionToken(session.sessionToken) }),
        session.sessionToken,
      );
    },
    async deleteSession(sessionToken) {
      // next-auth ignores what this returns.
      await adapter.deleteSession!(hashSessionToken(sessionToken));
    },
  };
}
