import { getPayload, type Payload } from "payload";
import config from "./payload.config.ts";

/**
 * The Local API of the CMS for scripts (seed, export, import) against DATABASE_URI.
 * In development the SQLite schema is pushed; with NODE_ENV=production the committed migrations
 * are applied on connect (idempotent; a dev-pushed file is refused, see `db/devPushGuard.ts`). The job runner is not started (`cron: false`), so a script
 * exits when it is done; call `payload.destroy()` at the end to close the database.
 *
 * Writes through this API are trusted (overrideAccess by default). To publish, pass
 * `_status: "published"` in `data`; an update without `_status` or `draft: true` is saved as a draft.
 */
export async function getCmsPayload(): Promise<Payload> {
  return getPayload({ config, cron: false });
}
