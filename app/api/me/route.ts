import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/landing";

export const dynamic = "force-dynamic";

// The header's signed-in state, fetched by a small client island so the storefront pages stay cacheable and do not
// read the session themselves. Only what the header shows; never cached by a shared cache.
export async function GET() {
  const user = await getCurrentUser();
  const body = user
    ? { signedIn: true, label: user.name || user.email, role: user.role, home: homeFor(user.role) }
    : { signedIn: false };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
