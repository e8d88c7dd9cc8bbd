// Validating the environment here makes a bad configuration fail `next build` and `next start` at once, with the
// variable named, instead of on the first request.
/** @type {(phase: string) => Promise<import('next').NextConfig>} */
module.exports = async (phase) => {
  const { parseEnv, startupProblems } = await import("./lib/env-schema.mjs");
  const env = parseEnv(process.env);
  // A production server refuses to start with a configuration only a demo may use (a build does not care).
  const problems = phase === "phase-production-server" ? startupProblems(env) : [];
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // The preview JPG route decodes DICOM on the server: the codecs load their .wasm beside their own script.
    serverExternalPackages: [
      "better-sqlite3",
      "pg",
      "@prisma/adapter-better-sqlite3",
      "@prisma/adapter-pg",
      "sharp",
      "@cornerstonejs/codec-charls",
      "@cornerstonejs/codec-libjpeg-turbo-8bit",
      "@cornerstonejs/codec-openjpeg",
      "@cornerstonejs/codec-openjph",
      "dcmjs-codecs",
    ],
    typedRoutes: false,
    // React puts preloads (the study page's first JPG, the font) into a `Link` response header by default, which a
    // page served from the cache does not carry: keep them in the HTML <head>, where every response has them.
    reactMaxHeadersLength: 0,
    experimental: {
      // The stylesheet goes into the HTML as <style>: no render-blocking request before the first paint, and the study
      // page's early-paint script (an inline script waits for every stylesheet above it) runs as soon as it is parsed.
      inlineCss: true,
      // forbidden() renders the route group's forbidden.tsx with status 403 for signed-in users without the role
      // (lib/auth/guards).
      authInterrupts: true,
      // Unmatched addresses get app/global-not-found.tsx, a document of its own: a root not-found.tsx would be
      // serialised, storefront chrome and all, into every page's payload.
      globalNotFound: true,
      // Desk replies carry attachments (lib/enquiries/attachments.ts: at most 20 MB in all).
      serverActions: { bodySizeLimit: "22mb" },
    },
    // The DICOM codec scripts (decode worker) require("fs")/("path") only when running under Node: give browser
    // bundles an empty module instead of failing the build.
    turbopack: {
      resolveAlias: {
        fs: { browser: "./components/viewer/decode/node-builtin-stub.js" },
        path: { browser: "./components/viewer/decode/node-builtin-stub.js" },
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
        {
          source: "/dicom-codecs/:file*",
          headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }],
        },
      ];
    },
  };
};
