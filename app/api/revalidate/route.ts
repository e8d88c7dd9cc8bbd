// Drops this instance's cached storefront pages (ISR) so the next request renders them from live data. Called by the
// CLIs and workers after an import, a statistics import or a catalogue refresh (lib/storefront/revalidation.ts), with
// a bearer token derived from the shared auth secret. Nothing user-specific is ever in those pages.
import { revalidatePath } from "next/cache";
import { getAuthSecret } from "@/lib/auth/secret";
import { authorisedRevalidation } from "@/lib/storefront/revalidation";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!authorisedRevalidation(req.headers.get("authorization"), getAuthSecret()))
    return Response.json({ error: "UNAUTHORISED" }, { status: 401 });
  // Every page under the root layout: the storefront pages share their data (statistics, samples, catalogue, prices),
  // and expiring all of them is one tag. Without a profile the expiry is immediate (a blocking render next time).
  revalidatePath("/", "layout");
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
