// Rules several layers check - the environment schema, the CLIs, the importers, the database tooling - written once.
// Plain JS so the untranspiled migration scripts can import it too.

/** A dataset slug: lowercase letters, digits and dashes (it appears in URLs, keys and archive names). */
export const DATASET_SLUG = /^[a-z0-9-]+$/;
export const DATASET_SLUG_RULE = "lowercase letters, digits and dashes";

/** @param {string} slug */
export const isDatasetSlug = (slug) => DATASET_SLUG.test(slug);

/** Throws a clear error naming the bad slug. @param {string} slug */
export function assertDatasetSlug(slug) {
  if (!isDatasetSlug(slug)) throw new Error(`invalid dataset slug "${slug}" (${DATASET_SLUG_RULE})`);
}

/** A PostgreSQL connection URL (postgres:// or postgresql://); anything else the app treats as SQLite (file:). */
export const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** @param {string | undefined | null} url */
export const isPostgresUrl = (url) => !!url && POSTGRES_URL.test(url);
