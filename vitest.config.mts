import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    environment: "node",
    include: ["{lib,scripts,prisma,components}/**/*.test.{ts,tsx}"],
    // Tests that touch a database create their own scratch database, so files may run in parallel.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: { deps: { inline: [/server-only/] } },
    alias: { "server-only": path.join(import.meta.dirname, "lib/testing/server-only-stub.ts") },
  },
});
