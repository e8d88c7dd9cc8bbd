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
      "better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "sharp",
      "@cornerstonejs/codec-charls", "@cornerstonejs/codec-libjpeg-turbo-8bit", "@cornerstonejs/codec-openjpeg",
      "@cornerstonejs/codec-openjph", "dcmjs-codecs",
    ],
    typedRoutes: false,
    // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role (lib/auth/guards).
    // Desk replies carry attachments (lib/enquiries/attachments.ts: at most 20 MB in all).
    experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "22mb" } },
    // The DICOM codec scripts (decode worker) require("fs")/("path") only when running under Node: give browser
    // bundles an empty module instead of failing the build.
    turbopack: {
      resolveAlias: {
        fs: { browser: "./components/viewer/node-builtin-stub.js" },
        path: { browser: "./components/viewer/node-builtin-stub.js" },
      },
    },
    async headers() {
      // Codec WebAssembly (copied by scripts/copy-dicom-codecs.mjs): a day fresh, then revalidated by ETag.
      return [{ source: "/dicom-codecs/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=86400, stale-while-revalidate=604800" }] }];
    },
  };
};
