import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { nav } from "@/lib/site/config";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ["/", ...nav.map((n) => n.href)];
  return paths.map((p) => ({
    url: new URL(p, env.APP_URL).toString(),
    changeFrequency: p === "/statistics" ? "weekly" : "monthly",
    priority: p === "/" ? 1 : 0.7,
  }));
}
