// The one authorisation entry point for pages, server actions and route handlers. Every protected entry point calls
// one of these on the server; the proxy and hidden buttons are conveniences, never the check.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "../errors/app-error";
import { ANY_USER, assertRole, type Role } from "./roles";
import { getCurrentUser } from "./current-user";
import type { SessionUser } from "./session";

/** For actions and route handlers: the user, or an AppError (401/403) the caller's wrapper turns into a response. */
export async function requireRole(allowed: readonly Role[] = ANY_USER): Promise<SessionUser> {
  return assertRole(await getCurrentUser(), allowed);
}

/**
 * For pages: anonymous visitors are sent to sign in and come back to `returnTo`; signed-in users without the role
 * get the 403 page.
 */
export async function requirePageRole(allowed: readonly Role[], returnTo: string): Promise<SessionUser> {
  try {
    return await requireRole(allowed);
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHENTICATED") {
      redirect(`/sign-in?${new URLSearchParams({ callbackUrl: returnTo })}`);
    }
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
}
