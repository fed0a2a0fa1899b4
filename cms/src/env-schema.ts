import { z } from "zod";

/*
 * The CMS's environment variables and their rules, without side effects: importing this module reads
 * nothing. `load-env.ts` applies it (`loadEnv`), `env.ts` to this process's `process.env`; scripts use `CMS_ENV_NAMES` to pass exactly these
 * variables to a CMS server they start.
 */

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:<path>` (SQLite) or `mongodb://…` / `mongodb+srv://…`. */
  DATABASE_URI: z.string().trim().optional(),
  PAYLOAD_SECRET: z.string().optional(),
  /** The repository (default: found from the working directory); see content-models' `paths`. */
  LIFEWELFARE_ROOT: z.string().trim().optional(),
  /** Runtime data folder (default `<repo>/.data`): the defaults below and the local secret live there. */
  DATA_DIR: z.string().trim().optional(),
  /**
   * Public origin of the CMS (e.g. https://cms.example.kr): the only origin whose requests may use the
   * login cookie (CSRF). Required by the production server (`pnpm start` passes http://localhost:<port>).
   */
  CMS_SERVER_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Reverse proxies in front of the CMS whose `X-Forwarded-For` is believed: unset/0 uses the socket's
   * address only; `1` (or `true`) takes the last address the nearest proxy appended, `2` the one before.
   */
  TRUST_PROXY: z
    .union([
      z.enum(["true", "yes"]).transform(() => 1),
      z.enum(["false", "no", ""]).transform(() => 0),
      z.coerce.number().int().min(0).max(10),
    ])
    .default(0),
  /** One-time token for 첫 관리자 만들기 (written by `pnpm start`, default `<repo>/.data/first-user-token`). */
  FIRST_USER_TOKEN_FILE: z.string().trim().min(1).optional(),
  /** Folder for uploaded files (default `<repo>/.data/media`). */
  MEDIA_DIR: z.string().trim().min(1).optional(),
  /** Largest accepted upload in bytes (default 20 MiB); the multipart parser stops storing beyond it. */
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1_073_741_824)
    .default(20 * 1024 * 1024),
  /** Largest accepted image in pixels, all frames of an animation together (default 50 MP). */
  MEDIA_MAX_PIXELS: z.coerce.number().int().min(1).max(268_402_689).default(50_000_000),
  /** MongoDB transactions: `auto` (only on a replica set / SRV cluster), `on`, `off`. */
  MONGODB_TRANSACTIONS: z.enum(["auto", "on", "off"]).default("auto"),
  /** Shell command that rebuilds the site (spawned detached, e.g. `pnpm --filter @lifewelfare/scripts run build`). */
  SITE_REBUILD_COMMAND: z.string().trim().min(1).optional(),
  /**
   * Further variables passed to SITE_REBUILD_COMMAND, comma-separated (e.g. `DATABASE_URI,PAYLOAD_SECRET`
   * when the command opens a CMS that is not the embedded default); see rebuild/runners.ts.
   */
  SITE_REBUILD_COMMAND_ENV: z
    .string()
    .default("")
    .transform((names) =>
      names
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "변수 이름만 쉼표로 구분해 적으세요"))),
  /** URL that receives a POST when the site must be rebuilt (e.g. a CI trigger). */
  SITE_REBUILD_WEBHOOK: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The draft renderer the 미리 보기 endpoints call (scripts' preview server, loopback):
   * `http://127.0.0.1:<port>/<key>/`, set by `pnpm start`. Unset: 미리 보기 answers 503.
   */
  PREVIEW_RENDERER_URL: z.url({ protocol: /^http$/ }).optional(),
  /** Minutes a 미리 보기 link stays valid after it is made (default 30). */
  PREVIEW_LINK_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** Quiet period after the last publish before one rebuild is triggered (milliseconds). */
  REBUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  /** Cron (Payload/croner syntax, server local time) of the daily rebuild for date-driven states. */
  REBUILD_DAILY_CRON: z.string().trim().min(1).default("0 10 0 * * *"),
  /**
   * 검토 기한 지남 on the work dashboard: a policy whose last review (`lastReviewedAt`) is more than
   * this many months before today (KST) is listed (default 12).
   */
  REVIEW_OVERDUE_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /**
   * Public origin of the published site (as for `pnpm start`, where empty means unset); the work
   * dashboard links to it before 안내서 설정's 누리집 주소.
   */
  SITE_ORIGIN: z.preprocess((value) => (value === "" ? undefined : value), z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Anonymous reads of the REST and GraphQL API (published 정책, 부서, 복지 캐릭터, 검색어 사전, 안내서
   * 설정). Off by default: residents and third parties read the site's static read API (`/api/v1/`),
   * never the staff server. On: allowed, CMS_PUBLIC_READ_PER_MINUTE per client address.
   */
  CMS_PUBLIC_READ: flag.default(false),
  /** Anonymous API requests per client address per minute while CMS_PUBLIC_READ is on (then 429). */
  CMS_PUBLIC_READ_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Run queued jobs (scheduled publish, daily rebuild) inside the CMS server. */
  JOBS_AUTORUN: flag.default(true),
  /** How often the job runner looks for due jobs (cron, default every minute). */
  JOBS_AUTORUN_CRON: z.string().trim().min(1).default("* * * * *"),
});

/**
 * Every variable the CMS reads (the keys of its validated environment): what a process that starts
 * the CMS server must pass on to it (see scripts' `cmsServerEnv`).
 */
export const CMS_ENV_NAMES: readonly string[] = Object.keys(envSchema.shape);
