/**
 * Runs once when the CMS web server starts (Next instrumentation; not in scripts using the Local API).
 * Stamps each request with its socket address (rate limits) and refuses to start in production without
 * CMS_SERVER_URL, printing the reason in Korean.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampClientAddress } = await import("./server/stampClientAddress.ts");
  stampClientAddress();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertServerEnv, CmsEnvError, loadEnv } = await import("./load-env.ts");
  try {
    assertServerEnv(loadEnv());
  } catch (error) {
    if (!(error instanceof CmsEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
