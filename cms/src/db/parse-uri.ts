import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the CMS stores its data, decided from DATABASE_URI. */
export type DatabaseTarget =
  | { kind: "sqlite" /** Absolute path of the database file. */; file: string; url: string }
  | {
      kind: "mongodb";
      url: string /** True when the server supports transactions (replica set / SRV cluster). */;
      replicaSet: boolean;
    };

/** Thrown for a DATABASE_URI that is neither SQLite nor MongoDB. */
export class DatabaseUriError extends Error {
  override name = "DatabaseUriError";
}

/**
 * Parses DATABASE_URI.
 * - `file:<path>` → SQLite at ONE absolute path; a relative path is resolved against `root` (the
 *   repository root), never the package's working directory, so the CMS and the scripts share a file.
 * - `mongodb://…` / `mongodb+srv://…` → MongoDB; `replicaSet` is true for `mongodb+srv` or a
 *   `replicaSet=` query parameter.
 * @throws DatabaseUriError listing the accepted forms.
 */
export function parseDatabaseUri(uri: string, root: string): DatabaseTarget {
  if (uri.startsWith("file:")) {
    const file = uri.startsWith("file://") ? fileURLToPath(uri) : decodeURIComponent(uri.slice("file:".length));
    if (!file) throw new DatabaseUriError(`DATABASE_URI "${uri}" names no file.${ACCEPTED}`);
    const absolute = path.resolve(root, file);
    return { kind: "sqlite", file: absolute, url: `file:${absolute}` };
  }
  if (uri.startsWith("mongodb://") || uri.startsWith("mongodb+srv://")) {
    const replicaSet = uri.startsWith("mongodb+srv://") || /[?&]replicaSet=[^&]+/.test(uri);
    return { kind: "mongodb", url: uri, replicaSet };
  }
  throw new DatabaseUriError(`Unsupported DATABASE_URI "${redact(uri)}".${ACCEPTED}`);
}

const ACCEPTED =
  "\nAccepted forms:\n" +
  "  - file:/absolute/path/cms.db or file:relative/to/repo/cms.db (SQLite, default file:<repo>/.data/cms.db)\n" +
  "  - mongodb://user:pass@host:27017/lifewelfare?replicaSet=rs0 (MongoDB)\n" +
  "  - mongodb+srv://user:pass@cluster.example.net/lifewelfare (MongoDB cluster)";

/** Hides a password in a URI before it reaches a log. */
function redact(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
}
