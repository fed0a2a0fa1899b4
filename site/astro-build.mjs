// Runs one Astro build in its own process (spawned by build.ts). Settings come from the environment
// through astro.config.ts; a fresh process keeps builds from sharing Node's module cache.
import { build } from "astro";
import { pageBuildError } from "./src/lib/build-error.ts";

try {
  await build({ root: import.meta.dirname, logLevel: process.env.SITE_LOG_LEVEL ?? "warn" });
} catch (error) {
  // A hand-written page that cannot be built: tell the editor, in Korean, which file and line.
  const message = pageBuildError(error, import.meta.dirname);
  if (!message) throw error;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
