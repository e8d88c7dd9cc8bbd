// Validating the environment here makes a bad configuration fail `next build` and `next start` at once, with the
// variable named, instead of on the first request.
/** @type {() => Promise<import('next').NextConfig>} */
module.exports = async () => {
  const { parseEnv } = await import("./lib/env-schema.mjs");
  parseEnv(process.env);
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
    typedRoutes: false,
    // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role (lib/auth/guards).
    experimental: { authInterrupts: true },
  };
};
