// A production install (`npm ci --omit=dev`) must migrate, seed, run the operator CLIs and serve a shipped build. This
// follows every import from those entry points (esbuild's bundler, nothing written) and fails on a package that is
// only a devDependency, which such an install would not have. Checked by hand once on a real --omit=dev install.
import { builtinModules } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** The npm scripts a production host runs, as package.json names them. */
const OPERATOR_SCRIPTS = [
  "start",
  "db:deploy",
  "db:seed",
  "import",
  "stats:import",
  "labels:import",
  "user:create",
  "worker",
  "archives:build",
  "catalog:synth",
  "pack:synth",
];

/** The file an npm script runs: `node <file>` or `tsx <file>`. */
function entryOf(script: string): string {
  const m = /^(?:node|tsx) (\S+)/.exec(pkg.scripts[script] ?? "");
  if (!m) throw new Error(`npm script "${script}" does not run one file with node or tsx`);
  return m[1]!;
}

const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");
const builtin = new Set(builtinModules);

describe("a production install runs the operator commands", () => {
  it("names tsx, used to run the TypeScript CLIs, as a dependency", () => {
    expect(pkg.dependencies).toHaveProperty("tsx");
  });

  it("needs no devDependency for any of them", { timeout: 120_000 }, async () => {
    const entries = [...OPERATOR_SCRIPTS.map(entryOf), "scripts/db/generate.mjs"];
    const result = await build({
      entryPoints: entries.map((e) => path.join(ROOT, e)),
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      outdir: "/nonexistent",
      packages: "external",
      logLevel: "silent",
      tsconfig: path.join(ROOT, "tsconfig.json"),
      // Wasm files are loaded at run time beside their package; they are not packages to check here.
      external: ["*.wasm"],
    });
    const used = new Set<string>();
    for (const input of Object.values(result.metafile.inputs))
      for (const imp of input.imports)
        if (imp.external && !imp.path.startsWith(".") && !imp.path.startsWith("/")) used.add(packageOf(imp.path));
    const missing = [...used].filter((p) => !p.startsWith("node:") && !builtin.has(p) && !(p in pkg.dependencies));
    expect(missing).toEqual([]);
    // The check saw the packages it is about, so a broken walk cannot pass by finding nothing.
    expect([...used]).toEqual(expect.arrayContaining(["@prisma/client", "@prisma/schema-engine-wasm", "zod"]));
  });
});
