// Writes the site's Pagefind index in its own process (spawned by build.ts once the Astro build has
// exited): SNAPSHOT_DIR's policies into SITE_OUT_DIR/pagefind/.
import { snapshotDir } from "./src/config/site-env.ts";
import { readSnapshot } from "./src/data/read-snapshot.ts";
import { writeSearchIndex } from "./src/integrations/search-index.ts";

await writeSearchIndex(await readSnapshot(snapshotDir()), process.env.SITE_OUT_DIR);
