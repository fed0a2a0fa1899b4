import { mkdirSync } from "node:fs";
import path from "node:path";
import { mongooseAdapter } from "@payloadcms/db-mongodb";
import { sqliteAdapter } from "@payloadcms/db-sqlite";
import type { DatabaseAdapterObj } from "payload";
import type { CmsEnv } from "../load-env.ts";
import { migrations } from "../migrations/index.ts";
import { migrationsDir, repoRoot } from "../paths.ts";
import { assertNotDevPushed } from "./devPushGuard.ts";
import { parseDatabaseUri } from "./parse-uri.ts";

/**
 * The Payload database adapter for DATABASE_URI (see `parseDatabaseUri`).
 * SQLite (WAL mode, 15 s busy timeout): the schema is pushed only in development; in production the committed migrations in
 * `cms/src/migrations` run on start (`prodMigrations`), and a file a development run has pushed
 * is refused with a clear error (Payload would otherwise exit silently). MongoDB: transactions follow
 * MONGODB_TRANSACTIONS (`auto` = only when the URI names a replica set or an SRV cluster).
 */
export function databaseAdapter(env: CmsEnv): DatabaseAdapterObj {
  const target = parseDatabaseUri(env.DATABASE_URI, repoRoot());
  const push = !env.isProduction;
  if (target.kind === "sqlite") {
    mkdirSync(path.dirname(target.file), { recursive: true });
    if (!push && process.env.NEXT_PHASE !== "phase-production-build") assertNotDevPushed(target.file);
    return sqliteAdapter({
      client: { url: target.url },
      // The CMS server, the rebuild and the scripts share one file: WAL lets readers run beside a
      // writer, and a busy timeout makes a writer wait for the lock instead of failing at once.
      // No `transactionOptions`: libsql gives each transaction a fresh connection without these
      // pragmas, so a second concurrent save would fail at once with SQLITE_BUSY. Without them the
      // server keeps one connection and saves never wait for a lock (see ARCHITECTURE.md).
      wal: { synchronous: "NORMAL" },
      busyTimeout: 15_000,
      push,
      migrationDir: migrationsDir(),
      prodMigrations: push ? undefined : migrations,
    });
  }
  const transactions = env.MONGODB_TRANSACTIONS === "on" || (env.MONGODB_TRANSACTIONS === "auto" && target.replicaSet);
  return mongooseAdapter({
    url: target.url,
    transactionOptions: transactions ? {} : false,
    ensureIndexes: true,
    migrationDir: path.join(migrationsDir(), "mongodb"),
  });
}
