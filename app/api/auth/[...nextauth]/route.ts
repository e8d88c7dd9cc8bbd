// next-auth's endpoints: the magic-link callback that creates the database session, and its own sign-in endpoints
// (rate-limited in lib/auth/magic-link.ts like the sign-in page).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: Ctx) {
  // Options are built on the first request, not at import, so `next build` needs no secret.
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
