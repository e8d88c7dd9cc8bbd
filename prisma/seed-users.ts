// The demo's staff accounts: one admin and one sales user on the `localhost` mail domain. Idempotent: running the
// seed again restores their roles and re-enables them but keeps everything else.
import type { Db } from "../lib/db/create-client";
import { upsertUser } from "../lib/users/upsert-user";

export const DEMO_USERS = [
  { email: "admin@localhost", role: "ADMIN", name: "Demo Admin" },
  { email: "sales@localhost", role: "SALES", name: "Demo Sales" },
] as const;

export async function seedDemoUsers(db: Db) {
  const users = [];
  for (const u of DEMO_USERS) {
    const { user } = await upsertUser(db, u);
    if (user.disabled) await db.user.update({ where: { id: user.id }, data: { disabled: false } });
    users.push(user);
  }
  return users;
}

/** How to sign in as the demo users, for the seed and `npm run demo` to print. */
export function demoSignInHelp(appUrl: string): string {
  return [
    "Demo users: admin@localhost (admin) and sales@localhost (sales).",
    `To sign in, open ${appUrl}/sign-in and enter one of these addresses. With no SMTP_URL set, the sign-in link is`,
    `printed on the server log in demo mode (look for "[dev mailbox]") and kept in the dev mailbox, which the admin reads at`,
    `${appUrl}/desk/admin/mailbox - sign in as admin@localhost first, then open sales@localhost's link from there.`,
  ].join("\n");
}
