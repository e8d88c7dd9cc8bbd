// Drives Prisma's Wasm schema engine through driver adapters, because the native engine that `prisma migrate` needs
// cannot be downloaded on this offline machine. Produces ordinary Prisma migrations (prisma/<provider>/migrations),
// so a machine with the native engine can still run `prisma migrate deploy` on them.
// Recipe and workarounds: docs/toolchain.md, "Prisma 7 without the native schema engine" (numbered W1..W6 below).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { preparePrivateSqliteFile } from "./private-files.mjs";
import { isPostgresUrl } from "../rules.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_MIGRATE_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** @param {string} url @returns {"sqlite" | "postgresql"} */
export const providerOf = (url) => (isPostgresUrl(url) ? "postgresql" : "sqlite");
/** @param {string} provider */
export const schemaFileOf = (provider) => path.join(ROOT, "prisma", provider, "schema.prisma");
/** @param {string} provider */
export const migrationsDirOf = (provider) => path.join(ROOT, "prisma", provider, "migrations");
/** Same resolution as lib/db/create-client.ts: `file:` paths are relative to the working directory. */
export const sqliteFileOf = (/** @type {string} */ url) => path.resolve(url.replace(/^file:/, ""));
/** `postgresql://host/db` -> same server, another database. */
export function withDatabase(/** @type {string} */ url, /** @type {string} */ database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}
/** A password-free description of a database URL, for messages. */
export function describeUrl(/** @type {string} */ url) {
  if (url === ":memory:") return "an in-memory SQLite database";
  if (providerOf(url) === "sqlite") return `SQLite ${sqliteFileOf(url)}`;
  const u = new URL(url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}
export const uniqueDbName = (/** @type {string} */ prefix) =>
  `${prefix}_${process.pid}_${crypto.randomBytes(5).toString("hex")}`;

// ---------------------------------------------------------------- the Wasm module (loaded once per process)

/** @type {Promise<any> | undefined} */
let enginePromise;
function loadEngine() {
  enginePromise ??= (async () => {
    /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      set_message(/** @type {string} */ m) {
        this.message = m;
      },
      get() {
        return this.message;
      },
    };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    // W6: the engine arms ~10 s timers it never clears, which keep Node alive after the work: unref them.
    const imports = /** @type {Record<string, any>} */ ({ ...bg });
    for (const [key, fn] of Object.entries(imports)) {
      if (key.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
        imports[key] = (/** @type {any[]} */ ...args) => {
          const timer = fn(...args);
          timer?.unref?.();
          return timer;
        };
      }
    }
    const { exports } = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": imports });
    bg.__wbg_set_wasm(exports);
    /** @type {any} */ (exports).__wbindgen_start();
    return bg.SchemaEngine;
  })();
  return enginePromise;
}

// ---------------------------------------------------------------- adapter factories with the workarounds

/** W3: the shadow replay sends whole multi-statement migrations through executeRaw: run those as a script. */
function withScriptFallback(/** @type {any} */ adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (/** @type {any} */ query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      const msg = String(/** @type {any} */ (e)?.cause?.message ?? /** @type {any} */ (e)?.message ?? "");
      if (query.args.length === 0 && /more than one statement|multiple commands/i.test(msg)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

/** W4: adapter-pg rejects the catalogue's `"char"` columns (OID 18): report them as text (OID 25). */
function reportCharAsText(/** @type {any} */ queryable) {
  if (typeof queryable.performIO !== "function") {
    throw new Error(
      '@prisma/adapter-pg internals changed (no performIO): revisit the "char" workaround in lib/db/schema-engine.mjs',
    );
  }
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (/** @type {any} */ query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  if (typeof queryable.startTransaction === "function") {
    const start = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (/** @type {any[]} */ ...args) => reportCharAsText(await start(...args));
  }
  return queryable;
}

/** Runs one statement on a short-lived connection of its own (creating/dropping databases). */
export async function adminQuery(/** @type {string} */ url, /** @type {string} */ sql) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}
export const quoteIdent = (/** @type {string} */ name) => `"${name.replace(/"/g, '""')}"`;

/**
 * A factory the engine can use, plus `close()` for everything it opened (pools, shadow databases).
 * @param {string} url main database; `:memory:` for SQLite when only a shadow database matters
 */
function createFactory(url) {
  /** @type {(() => Promise<void>)[]} */
  const closers = [];
  /** @type {any} */
  let base;
  /** @type {() => Promise<any>} */
  let connectToShadowDb;

  if (providerOf(url) === "sqlite") {
    const file = url === ":memory:" ? url : sqliteFileOf(url);
    try {
      if (file !== ":memory:") preparePrivateSqliteFile(file);
    } catch (e) {
      throw new Error(`cannot create the folder of ${describeUrl(url)}: ${/** @type {Error} */ (e).message}`);
    }
    base = new PrismaBetterSqlite3({ url: file }); // shadow: a private in-memory database
    connectToShadowDb = () => base.connectToShadowDb();
  } else {
    /** @param {string} connectionString */
    const pool = (connectionString) => {
      const p = new pg.Pool({ connectionString, max: 4, idleTimeoutMillis: 1_000, connectionTimeoutMillis: 10_000 });
      p.on("error", () => {}); // idle-client errors (a dropped database) surface on the next query instead
      let ended = false;
      const end = async () => {
        if (ended) return;
        ended = true;
        await p.end();
      };
      return { p, end };
    };
    const main = pool(url);
    closers.push(main.end);
    base = new PrismaPg(main.p);
    // W5: adapter-pg's own shadow database ignores the database override, drops before closing and leaks a pool:
    // create a uniquely named one through a separate admin connection, close its pool, then drop it.
    connectToShadowDb = async () => {
      const name = uniqueDbName("prisma_shadow");
      await adminQuery(url, `CREATE DATABASE ${quoteIdent(name)}`);
      const shadow = pool(withDatabase(url, name));
      let dropped = false;
      const drop = async () => {
        if (dropped) return;
        dropped = true;
        await shadow.end();
        await adminQuery(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      };
      closers.push(drop);
      const adapter = await new PrismaPg(shadow.p).connect();
      adapter.dispose = drop;
      return adapter;
    };
  }

  const fix = providerOf(url) === "sqlite" ? (/** @type {any} */ a) => a : reportCharAsText;
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = withScriptFallback(fix(await base.connect()));
      closers.push(() => adapter.dispose());
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = withScriptFallback(fix(await connectToShadowDb()));
      closers.push(() => adapter.dispose());
      return adapter;
    },
  });
  const close = async () => {
    /** @type {unknown[]} */
    const errors = [];
    for (const c of closers.reverse()) await c().catch((/** @type {unknown} */ e) => errors.push(e));
    closers.length = 0;
    if (errors.length) throw errors[0];
  };
  return { factory, close };
}

// ---------------------------------------------------------------- engine sessions and errors

/**
 * W6: errors thrown inside an adapter reach us as "External error id#N": put the real one back.
 * @param {unknown} e @param {any} factory @param {string} what
 */
function explain(e, factory, what) {
  const err = /** @type {any} */ (e);
  let message = String(err?.message ?? err);
  message = message.replace(/External error id#(\d+)/g, (all, id) => {
    const real = factory.errorRegistry.consumeError(Number(id))?.error;
    return real ? String(real.message ?? real) : all;
  });
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  message = message.split(/\n\s+0: /)[0].trim(); // drop the engine's span trace
  if (migration && !message.includes(migration)) message += ` (in migration ${migration})`;
  const panic = /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY?.get?.();
  if (/unreachable|panicked/i.test(message) && panic) message += `\n  engine panic: ${panic}`;
  const out = new Error(`${what}: ${message}`);
  /** @type {any} */ (out).code = err?.code;
  return out;
}

/**
 * Opens an engine on a database, runs `fn`, then frees the engine and closes every connection it opened.
 * @template T
 * @param {{ url: string, schemaFile: string, what: string }} opts
 * @param {(call: (method: string, input?: any) => Promise<any>) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withEngine({ url, schemaFile, what }, fn) {
  const SchemaEngine = await loadEngine();
  const { factory, close } = (() => {
    try {
      return createFactory(url);
    } catch (e) {
      throw new Error(`${what}: ${/** @type {Error} */ (e).message}`);
    }
  })();
  const datamodels = [[schemaFile, fs.readFileSync(schemaFile, "utf8")]]; // the engine panics without one
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (/** @type {unknown} */ m) => console.error("[engine]", m) : () => {};
  /** @type {any} */
  let engine;
  try {
    engine = await SchemaEngine.new({ datamodels }, log, factory).catch((/** @type {unknown} */ e) => {
      throw explain(e, factory, `${what}: cannot open ${describeUrl(url)}`);
    });
    const call = async (/** @type {string} */ method, /** @type {any} */ input) => {
      try {
        return await engine[method](input);
      } catch (e) {
        throw explain(e, factory, `${what}: ${method} on ${describeUrl(url)} failed`);
      }
    };
    return await fn(call);
  } finally {
    try {
      engine?.free();
    } catch {}
    await close();
  }
}

// ---------------------------------------------------------------- migrations on disk

/** The migration list object the engine expects. @param {string} dir */
export function readMigrations(dir) {
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: path.resolve(dir),
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

// ---------------------------------------------------------------- public API

/**
 * Applies pending migrations (prisma/<provider>/migrations) to a database. Creates a missing SQLite file.
 * @param {string} databaseUrl
 * @param {{ migrationsDir?: string }} [opts]
 * @returns {Promise<{ applied: string[] }>}
 */
export async function applyMigrations(databaseUrl, opts = {}) {
  const provider = providerOf(databaseUrl);
  const migrationsList = readMigrations(opts.migrationsDir ?? migrationsDirOf(provider));
  const schemaFile = schemaFileOf(provider);
  return withEngine({ url: databaseUrl, schemaFile, what: "Applying migrations" }, async (call) => {
    const out = await call("applyMigrations", { migrationsList, filters: NO_FILTERS });
    return { applied: out.appliedMigrationNames };
  });
}

/**
 * `prisma migrate dev --name <name>` against a throwaway database: replays the history, then writes
 * prisma/<provider>/migrations/<timestamp>_<name>/migration.sql (+ migration_lock.toml) for the schema's changes.
 * @param {"sqlite" | "postgresql"} provider
 * @param {string} name
 * @param {{ adminUrl?: string, folderName?: string, schemaFile?: string, migrationsDir?: string }} [opts]
 *   adminUrl: PostgreSQL server for the scratch and shadow databases (default MIGRATE_POSTGRES_URL);
 *   folderName: use this folder name instead of the engine's (keeps both providers' folders identical).
 * @returns {Promise<{ created: null | { name: string, dir: string }, warnings: string[] }>}
 */
export async function createMigration(provider, name, opts = {}) {
  const schemaFile = opts.schemaFile ?? schemaFileOf(provider);
  const dir = opts.migrationsDir ?? migrationsDirOf(provider);
  const what = `Creating the ${provider} migration "${name}"`;
  /** @type {string} */
  let url;
  /** @type {() => Promise<void>} */
  let dropScratch;
  if (provider === "sqlite") {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-"));
    url = "file:" + path.join(tmp, "scratch.db");
    dropScratch = async () => fs.rmSync(tmp, { recursive: true, force: true });
  } else {
    const admin = opts.adminUrl ?? process.env.MIGRATE_POSTGRES_URL ?? DEFAULT_MIGRATE_POSTGRES_URL;
    const db = uniqueDbName("prisma_migrate");
    await adminQuery(admin, `CREATE DATABASE ${quoteIdent(db)}`).catch((e) => {
      throw new Error(`${what}: cannot create a scratch database on ${describeUrl(admin)}: ${e.message}`);
    });
    url = withDatabase(admin, db);
    dropScratch = async () => void (await adminQuery(admin, `DROP DATABASE IF EXISTS ${quoteIdent(db)} WITH (FORCE)`));
  }
  try {
    return await withEngine({ url, schemaFile, what }, async (call) => {
      const schema = { files: [{ path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") }] };
      let migrationsList = readMigrations(dir);
      const diagnose = async () => {
        const { action } = await call("devDiagnostic", { migrationsList, filters: NO_FILTERS });
        if (action.tag === "reset") throw new Error(`${what}: the history cannot be replayed (${action.reason})`);
      };
      // W1: a fresh SQLite database has no _prisma_migrations table yet (P1014): apply first, diagnose after.
      await diagnose().catch((e) => {
        if (e.code !== "P1014") throw e;
      });
      await call("applyMigrations", { migrationsList, filters: NO_FILTERS });
      await diagnose(); // W2: also replays the history on the shadow database that the next calls need
      const loss = await call("evaluateDataLoss", { migrationsList, schema, filters: NO_FILTERS });
      const warnings = [...loss.warnings, ...loss.unexecutableSteps].map((/** @type {any} */ w) => w.message);
      if (loss.migrationSteps === 0) return { created: null, warnings };
      const out = await call("createMigration", {
        draft: false,
        migrationName: name,
        migrationsList,
        schema,
        filters: NO_FILTERS,
      });
      if (out.migrationScript == null) return { created: null, warnings };
      const folder = opts.folderName ?? out.generatedMigrationName;
      const target = path.join(dir, folder);
      fs.mkdirSync(target, { recursive: true });
      fs.writeFileSync(path.join(target, `migration.${out.extension}`), out.migrationScript);
      fs.writeFileSync(
        path.join(dir, "migration_lock.toml"),
        "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
          `provider = "${out.connectorType}"\n`,
      );
      // Prove the new migration applies on top of the history.
      migrationsList = readMigrations(dir);
      try {
        await call("applyMigrations", { migrationsList, filters: NO_FILTERS });
      } catch (e) {
        fs.rmSync(target, { recursive: true, force: true });
        throw e;
      }
      return { created: { name: folder, dir: target }, warnings };
    });
  } finally {
    await dropScratch().catch(() => {});
  }
}

/**
 * Does replaying the migration history give exactly the schema? (`migrate diff --from-migrations --to-schema`.)
 * PostgreSQL needs a server for the shadow database (opts.adminUrl, default MIGRATE_POSTGRES_URL).
 * @param {"sqlite" | "postgresql"} provider
 * @param {{ adminUrl?: string, schemaFile?: string, migrationsDir?: string }} [opts]
 * @returns {Promise<{ inSync: boolean, script: string }>}
 */
export async function checkInSync(provider, opts = {}) {
  const schemaFile = opts.schemaFile ?? schemaFileOf(provider);
  const migrationsList = readMigrations(opts.migrationsDir ?? migrationsDirOf(provider));
  const url =
    provider === "sqlite"
      ? ":memory:"
      : (opts.adminUrl ?? process.env.MIGRATE_POSTGRES_URL ?? DEFAULT_MIGRATE_POSTGRES_URL);
  return withEngine({ url, schemaFile, what: `Checking the ${provider} migration history` }, async (call) => {
    const out = await call("diff", {
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [{ path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return { inSync: out.exitCode === 0, script: out.stdout ?? "" };
  });
}
