// Validating the environment here makes a bad configuration fail `next build` and `next start` at once, with the
// variable named, instead of on the first request.
/** @type {() => Promise<import('next').NextConfig>} */
module.exports = async () => {
  const { parseEnv } = await import("./lib/env-schema.mjs");
  const env = parseEnv(process.env);
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
    typedRoutes: false,
    // React puts preloads (the study page's first JPG, the font) into a `Link` response header by default, which a
    // page served from the cache does not carry: keep them in the HTML <head>, where every response has them.
    reactMaxHeadersLength: 0,
    experimental: {
      // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role (lib/auth/guards).
      authInterrupts: true,
    },
    // The DICOM codec scripts (decode worker) require("fs")/("path") only when running under Node: give browser
    // bundles an empty module instead of failing the build.
    turbopack: {
      resolveAlias: {
        fs: { browser: "./components/viewer/node-builtin-stub.js" },
        path: { browser: "./components/viewer/node-builtin-stub.js" },
      },
    },
    // Cached pages get a Content-Security-Policy with the hashes of their inline scripts (see the handler); pages
    // rendered per request get a nonce from proxy.ts.
    cacheHandler: require.resolve("./lib/security/csp-cache-handler.mjs"),
    async headers() {
      const { securityHeaders, REPORT_FRAME_HEADERS } = await import("./lib/security/headers.mjs");
      return [
        { source: "/:path*", headers: securityHeaders({ https: env.APP_URL.startsWith("https:") }) },
        // The report PDF is shown in a frame on the study page: same-origin framing only.
        { source: "/api/preview/studies/:id/report", headers: REPORT_FRAME_HEADERS },
        // Codec WebAssembly (copied by scripts/copy-dicom-codecs.mjs): a day fresh, then revalidated by ETag.
        { source: "/dicom-codecs/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] },
      ];
    },
  };
};
