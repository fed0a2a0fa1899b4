import { existsSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";

/**
 * Refuses to run migrations on a SQLite file that a development run has schema-pushed.
 * Payload would ask "data loss will occur … (y/N)" and, with no terminal (a server, CI), exit the
 * process silently with code 0. Called before the adapter connects in production.
 * @throws Error naming the file and what to do instead.
 */
export function assertNotDevPushed(file: string): void {
  if (!existsSync(file)) return;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
      .get();
    if (!table) return;
    const row = db.prepare("SELECT count(*) AS n FROM payload_migrations WHERE batch = -1").get() as { n: number };
    if (row.n > 0) {
      throw new Error(
        `The SQLite database ${file} was set up by a development run (schema push), so the production ` +
          "migrations cannot run on it. Point DATABASE_URI at a separate file for production (it is created " +
          "and migrated on start), or run this command without NODE_ENV=production.\n" +
          "개발 모드로 만든 데이터베이스에는 운영용 마이그레이션을 적용할 수 없습니다. 운영용 DATABASE_URI를 따로 지정하세요.",
      );
    }
  } finally {
    db.close();
  }
}
