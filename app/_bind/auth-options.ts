// next-auth's options bound to the app's database, secret and clock, built once per process on first use (not at
// import, so `next build` needs no secret).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createAuthOptions } from "@/lib/auth/options";
import { getAuthSecret } from "@/lib/auth/secret";

// next-auth v4 builds its callback URLs from NEXTAUTH_URL and nothing else; derive it from the validated APP_URL.
process.env.NEXTAUTH_URL ??= env.APP_URL;

let options: NextAuthOptions | undefined;

export const authOptions = (): NextAuthOptions =>
  (options ??= createAuthOptions({ db, now: () => new Date(), secret: getAuthSecret(), mailFrom: env.MAIL_FROM }));
