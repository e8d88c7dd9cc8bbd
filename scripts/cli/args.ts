// The operator CLIs' shared start: parse flags (node:util parseArgs) with -h/--help, print usage and exit 2 on bad
// usage, read .env the way the app does, and check a --dataset slug by the one rule.
import fs from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { DATASET_SLUG_RULE, isDatasetSlug } from "../../lib/rules.mjs";

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h", default: false } } as const;

export function parseCli<const O extends Options, const P extends boolean = false>(
  name: string,
  usage: string,
  options: O,
  allowPositionals?: P,
) {
  const fail = (message?: string): never => {
    if (message) console.error(`${name}: ${message}`);
    console.error(usage);
    process.exit(2);
  };
  const config = {
    options: { ...options, ...HELP },
    allowPositionals: (allowPositionals ?? false) as P,
    strict: true as const,
  };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    return fail((e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, fail };
}

/** The app reads .env through Next.js; the CLIs read the same file so both use the same database. */
export function loadDotEnv(): void {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
}

/** `slug` when it is a dataset slug, else usage exit through `fail`. */
export function checkDatasetSlug(slug: string, fail: (message: string) => never): string {
  if (!isDatasetSlug(slug)) fail(`--dataset must be ${DATASET_SLUG_RULE}, got "${slug}"`);
  return slug;
}

/** Runs a CLI's main and exits with its code; an unexpected throw is printed and exits 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
