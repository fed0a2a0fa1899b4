import path from "node:path";
import { lexicalEditor } from "@payloadcms/richtext-lexical";
import { ko } from "@payloadcms/translations/languages/ko";
import { buildConfig, type Config } from "payload";
import sharp from "sharp";
import { Departments } from "./collections/Departments.ts";
import { Mascots } from "./collections/Mascots.ts";
import { Media } from "./collections/Media.ts";
import { Policies } from "./collections/Policies/index.ts";
import { ReviewEvents } from "./collections/ReviewEvents.ts";
import { SearchTerms } from "./collections/SearchTerms.ts";
import { Users } from "./collections/Users.ts";
import { csrfOrigins } from "./csrf.ts";
import { databaseAdapter } from "./db/index.ts";
import { previewEndpoints } from "./endpoints/preview.ts";
import { rebuildEndpoint } from "./endpoints/rebuild.ts";
import { env } from "./env.ts";
import { Guidebook } from "./globals/Guidebook.ts";
import { RebuildStatus } from "./globals/RebuildStatus.ts";
import { clientErrors } from "./hooks/clientErrors.ts";
import { withFreshRowIds } from "./hooks/freshRowIds.ts";
import { guardJobs, jobsAccess, jobsCollectionOverrides } from "./jobs/access.ts";
import { DAILY_QUEUE, dailyRebuildTask } from "./jobs/dailyRebuild.ts";
import { repoRoot } from "./paths.ts";
import { PUBLIC_READ_REFUSAL } from "./server/publicReadLimit.ts";

/** Queue Payload puts scheduled publish jobs in. */
const DEFAULT_QUEUE = "default";

/** The Payload configuration: composition only; every part lives in its own module. */
export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_SERVER_URL ?? "",
  // Only the CMS's own origin may use the login cookie (Payload also adds serverURL); no CORS at all.
  csrf: csrfOrigins(env.CMS_SERVER_URL),
  cors: [],
  db: databaseAdapter(env),
  editor: lexicalEditor(),
  sharp,
  collections: [Policies, Departments, Mascots, SearchTerms, Media, Users, ReviewEvents].map(withFreshRowIds),
  hooks: { afterError: [clientErrors] },
  // Payload types the keys as its own error names; ours is set on the error (server/publicReadLimit.ts).
  loggingLevels: { [PUBLIC_READ_REFUSAL]: "debug" } as Config["loggingLevels"],
  upload: {
    // A file over the limit is cut there and marked truncated (sanitizeUpload answers 400 naming
    // it); a body over twice the limit is not read further (413). Nothing larger is held in memory.
    limits: { fileSize: env.MEDIA_MAX_BYTES },
    abortOnLimit: false,
    requestSizeLimit: 2 * env.MEDIA_MAX_BYTES,
  },
  globals: [Guidebook, RebuildStatus],
  endpoints: [rebuildEndpoint, ...previewEndpoints],
  i18n: {
    supportedLanguages: { ko },
    fallbackLanguage: "ko",
    // Payload's draft/published flag is "상태" in Korean, like the policy's own 상태 (시행중 …).
    translations: { ko: { version: { status: "게시 상태" } } },
  },
  admin: {
    user: Users.slug,
    // Payload's "gravatar" avatar sends a hash of each staff e-mail to a third-party host.
    avatar: "default",
    // 업무 현황 (work dashboard) above Payload's collection cards on the admin home.
    components: { beforeDashboard: ["/components/dashboard/WorkDashboard#WorkDashboard"] },
    dateFormat: "yyyy. M. d. HH:mm",
    meta: { titleSuffix: " - 생애복지 안내서 CMS" },
    importMap: { baseDir: path.join(repoRoot(), "cms", "src") },
  },
  jobs: {
    tasks: [dailyRebuildTask],
    access: jobsAccess,
    jobsCollectionOverrides,
    deleteJobOnComplete: true,
    autoRun: env.JOBS_AUTORUN
      ? [
          { cron: env.JOBS_AUTORUN_CRON, queue: DEFAULT_QUEUE },
          { cron: env.JOBS_AUTORUN_CRON, queue: DAILY_QUEUE },
        ]
      : [],
  },
  typescript: { outputFile: path.join(repoRoot(), "cms", "src", "payload-types.ts") },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  onInit: guardJobs,
});
