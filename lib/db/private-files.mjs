// The SQLite database holds sessions, sign-in links and enquiries: other local users must not read it. Its folder is
// created 0700 and the file (and SQLite's -wal/-shm/-journal companions, which SQLite creates with the database
// file's permissions) 0600. Plain JS: the migration scripts, which Node loads untranspiled, create the file first.
import fs from "node:fs";
import path from "node:path";

const COMPANIONS = ["", "-wal", "-shm", "-journal"];

/** Creates the SQLite file's folder (0700, if missing) and the file itself 0600, tightening an existing file. */
export function preparePrivateSqliteFile(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const suffix of COMPANIONS) {
    try {
      fs.chmodSync(file + suffix, 0o600);
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== "ENOENT") throw e;
    }
  }
}

/** The app's data folder: created 0700, and tightened to 0700 when an older version left it readable. */
export function preparePrivateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
}
