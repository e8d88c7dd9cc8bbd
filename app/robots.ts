import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Customer, desk and API areas are private; everything a buyer evaluates is crawlable.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/desk", "/api/"] }],
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
