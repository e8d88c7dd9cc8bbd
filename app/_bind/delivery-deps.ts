// The delivery routes' singletons (Pages Router API routes; see api-db.ts for why they are apart from lib/db and from
// deps.ts): the caps, shared through Redis when REDIS_URL is set, in memory otherwise; the archive storage; the clock.
import Redis from "ioredis";
import { createRawRows, type RawRows } from "@/lib/db/raw-rows";
import { env } from "@/lib/env";
import { archiveStorage } from "@/lib/storage/configured";
import { createDeliveryLimits, type DeliveryLimits } from "@/lib/delivery/limits";
import type { LicensedDeps } from "@/lib/delivery/serve-licensed";
import type { ManifestDeps } from "@/lib/delivery/manifest";
import { apiDb } from "./api-db";

const g = globalThis as unknown as {
  __deliveryLimits?: DeliveryLimits;
  __deliveryRedis?: Redis;
  __deliveryRawRows?: RawRows;
};

function limits(): DeliveryLimits {
  if (!g.__deliveryLimits) {
    let redis: Redis | undefined;
    if (env.REDIS_URL) {
      redis = g.__deliveryRedis ??= new Redis(env.REDIS_URL, {
        maxRetriesPerRequest: 1,
        commandTimeout: 2000,
        connectTimeout: 2000,
      });
      redis.on("error", (e: Error) => console.error(`redis (download caps): ${e.message}`));
    }
    g.__deliveryLimits = createDeliveryLimits(
      {
        perLicenceConcurrent: env.DOWNLOAD_MAX_CONCURRENT_PER_LICENCE,
        perTokenConcurrent: env.DOWNLOAD_MAX_CONCURRENT_PER_TOKEN,
        perLicencePerMinute: env.DOWNLOAD_REQUESTS_PER_MINUTE_PER_LICENCE,
        perTokenPerMinute: env.DOWNLOAD_REQUESTS_PER_MINUTE_PER_TOKEN,
      },
      { redis, keyPrefix: "delivery" },
    );
  }
  return g.__deliveryLimits;
}

export const licensedDeps = (): LicensedDeps => ({
  db: apiDb(),
  storage: archiveStorage(),
  limits: limits(),
  now: () => new Date(),
  presignSeconds: env.DOWNLOAD_URL_TTL_SECONDS,
});

export const manifestDeps = (): ManifestDeps => ({
  db: apiDb(),
  now: () => new Date(),
  baseUrl: env.APP_URL,
  tokenTtlDays: env.DOWNLOAD_TOKEN_TTL_DAYS,
  rawRows: (g.__deliveryRawRows ??= createRawRows(env.DATABASE_URL)),
});
