import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { nav } from "@/lib/site/config";

// Rendered per request (it is tiny): the URLs follow the APP_URL the server runs with, not the one at build time.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ["/", ...nav.map((n) => n.href), "/contact", "/legal/imprint", "/legal/terms", "/legal/privacy"];
  return paths.map((p) => ({
    url: new URL(p, env.APP_URL).toString(),
    changeFrequency: p === "/statistics" ? "weekly" : "monthly",
    priority: p === "/" ? 1 : 0.7,
  }));
}
