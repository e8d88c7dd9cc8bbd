import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Customer, desk and API areas are private; everything a buyer evaluates is crawlable.
// Per request, so the sitemap address follows the runtime APP_URL.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/desk", "/api/"] }],
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
