// next-auth's endpoints: the magic-link callback that creates the database session, and its own sign-in endpoints,
// behind the app's rules (lib/auth/auth-endpoints.ts: confirmation step, the app's sign-in path).
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/app/_bind/auth-options";
import { interceptAuthRequest } from "@/lib/auth/auth-endpoints";
import { signInDeps } from "@/app/_bind/deps";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx) {
  const intercepted = await interceptAuthRequest(signInDeps(), req, (await ctx.params).nextauth ?? []);
  if (intercepted) return intercepted;
  // Options are built on the first request, not at import, so `next build` needs no secret.
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
