// `npm run user:create -- --email <e> --role <CUSTOMER|SALES|ADMIN> [--org <name>] [--name <name>]`
// Creates a user or changes an existing one's role (and organisation). The person then signs in with a magic link.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/create-client";
import { parseEnv } from "../lib/env-schema.mjs";
import { recordAudit } from "../lib/audit/record";
import { isRole } from "../lib/auth/roles";
import { upsertUser } from "../lib/users/upsert-user";
import { emailFormat } from "../lib/validations/form";

const usage =
  "usage: npm run user:create -- --email <address> --role <CUSTOMER|SALES|ADMIN> [--org <name>] [--name <name>]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return (console.log(usage), 0);
  const email = emailFormat().safeParse(values.email?.trim().toLowerCase());
  const role = values.role?.toUpperCase();
  if (!email.success || !isRole(role)) {
    console.error(
      `${!email.success ? "--email must be an email address" : "--role must be CUSTOMER, SALES or ADMIN"}\n${usage}`,
    );
    return 2;
  }
  const env = parseEnv(process.env);
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const org = values.org?.trim();
    const { user, created, previousRole } = await upsertUser(db, {
      email: email.data,
      role,
      name: values.name?.trim() || null,
      ...(org ? { organization: { name: org } } : {}),
    });
    await recordAudit(db, {
      actor: null,
      action: created ? "user.created" : "user.role_changed",
      targetType: "user",
      targetId: user.id,
      details: {
        email: user.email,
        role,
        from: previousRole,
        organization: user.organization?.name ?? null,
        via: "cli",
      },
    });
    const what = created ? "created" : previousRole === role ? "unchanged role" : `changed from ${previousRole}`;
    console.log(
      `${user.email}: ${role} (${what})${user.organization ? `, organisation ${user.organization.name}` : ""}`,
    );
    console.log(`Sign in at ${env.APP_URL}/sign-in with this address.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
