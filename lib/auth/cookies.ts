// The session cookie that next-auth sets after a magic-link sign-in. Named here once: next-auth is configured with it
// and the session lookup reads it, so the two cannot disagree.
import { env } from "../env";

export const useSecureCookies = env.APP_URL.startsWith("https:");

export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

/** 30 days, refreshed at most once a day while the user is active (next-auth's updateAge). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;
