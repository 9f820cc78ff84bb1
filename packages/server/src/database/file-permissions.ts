import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import path from "node:path";

/** The data folder: only the account the server runs as may list or enter it. */
export const dataDirMode = 0o700;
/** The database and its companions: only the server's account may read or write them. */
export const dataFileMode = 0o600;

/** Whether group or others have any permission on `target`. */
function isOpenToOthers(target: string): boolean {
  return (statSync(target).mode & 0o077) !== 0;
}

function tighten(target: string, mode: number, tightened: string[]): void {
  if (!existsSync(target) || !isOpenToOthers(target)) return;
  chmodSync(target, mode);
  tightened.push(target);
}

/**
 * Makes the data folder private before the database opens: creates it 700 (and the database
 * file and each of `otherFiles` 600, so SQLite's `-wal` and `-shm` files, which copy the
 * database file's permissions, are born 600 too), and tightens a folder or files that already exist with looser permissions
 * (`<file>`, `<file>-wal`, `<file>-shm` and each of `otherFiles`). Returns the paths it
 * tightened, for a log line; none on a fresh or already private folder.
 */
export function secureDataDir(
  dataDir: string,
  databaseFile: string,
  otherFiles: readonly string[] = [],
): string[] {
  const tightened: string[] = [];
  mkdirSync(dataDir, { recursive: true, mode: dataDirMode });
  tighten(dataDir, dataDirMode, tightened);
  // Created empty and private first; SQLite takes an empty file as an empty database.
  for (const name of [databaseFile, ...otherFiles]) {
    const file = path.join(dataDir, name);
    if (!existsSync(file)) closeSync(openSync(file, "a", dataFileMode));
  }
  for (const name of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, ...otherFiles]) {
    tighten(path.join(dataDir, name), dataFileMode, tightened);
  }
  return tightened;
}
