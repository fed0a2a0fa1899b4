import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataDir, repoRoot } from "./paths.ts";

/** Minimum length of PAYLOAD_SECRET in production (characters). */
export const MIN_SECRET_LENGTH = 32;

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:<path>` (SQLite) or `mongodb://…` / `mongodb+srv://…`. */
  DATABASE_URI: z.string().trim().optional(),
  PAYLOAD_SECRET: z.string().optional(),
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
  /** Quiet period after the last publish before one rebuild is triggered (milliseconds). */
  REBUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  /** Cron (Payload/croner syntax, server local time) of the daily rebuild for date-driven states. */
  REBUILD_DAILY_CRON: z.string().trim().min(1).default("0 10 0 * * *"),
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

/** The CMS configuration read from the environment (validated; see `.env.example`). */
export type CmsEnv = Omit<
  z.infer<typeof envSchema>,
  "DATABASE_URI" | "PAYLOAD_SECRET" | "MEDIA_DIR" | "FIRST_USER_TOKEN_FILE"
> & {
  DATABASE_URI: string;
  PAYLOAD_SECRET: string;
  MEDIA_DIR: string;
  FIRST_USER_TOKEN_FILE: string;
  isProduction: boolean;
};

/** Thrown when the environment cannot start the CMS; the message says what to set. */
export class CmsEnvError extends Error {
  override name = "CmsEnvError";
}

/**
 * Parses and validates `source` (default `process.env`).
 * - DATABASE_URI defaults to `file:<repo>/.data/cms.db`.
 * - PAYLOAD_SECRET: required in production with at least 32 characters; elsewhere, when unset, one
 *   is generated once into `<repo>/.data/payload-secret` and reused.
 * @throws CmsEnvError naming the variable and the accepted values.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new CmsEnvError(`Invalid CMS environment (환경 변수 오류):\n${details}`);
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  return {
    ...raw,
    isProduction,
    DATABASE_URI: raw.DATABASE_URI || `file:${path.join(dataDir(), "cms.db")}`,
    PAYLOAD_SECRET: resolveSecret(raw.PAYLOAD_SECRET, isProduction, source.NEXT_PHASE),
    MEDIA_DIR: raw.MEDIA_DIR ? path.resolve(repoRoot(), raw.MEDIA_DIR) : path.join(dataDir(), "media"),
    FIRST_USER_TOKEN_FILE: raw.FIRST_USER_TOKEN_FILE
      ? path.resolve(repoRoot(), raw.FIRST_USER_TOKEN_FILE)
      : path.join(dataDir(), "first-user-token"),
  };
}

/**
 * Checks what only the CMS web server needs (scripts using the Local API in production mode do not):
 * in production CMS_SERVER_URL must name the public origin, because it is the CSRF allow-list.
 * @throws CmsEnvError with a Korean explanation when it is missing.
 */
export function assertServerEnv(cmsEnv: CmsEnv = env): void {
  if (cmsEnv.isProduction && !cmsEnv.CMS_SERVER_URL) {
    throw new CmsEnvError(
      "운영 환경(NODE_ENV=production)의 CMS 서버는 CMS_SERVER_URL(관리자 화면의 공개 주소, 예: https://cms.example.kr)이 있어야 시작합니다.\n" +
        "이 주소에서 온 요청만 로그인 쿠키를 쓸 수 있습니다(CSRF 방지). pnpm start 는 http://localhost:<포트> 를 씁니다.",
    );
  }
}

function resolveSecret(value: string | undefined, isProduction: boolean, nextPhase: string | undefined): string {
  const secret = value?.trim();
  if (isProduction) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) return secret;
    // `next build` runs with NODE_ENV=production but never signs anything; the server process
    // that starts later reads the environment again and is held to the rule below.
    if (nextPhase === "phase-production-build") return "build-phase-placeholder-secret-never-used-at-runtime";
    throw new CmsEnvError(
      `PAYLOAD_SECRET must be set to a random string of at least ${MIN_SECRET_LENGTH} characters in production ` +
        `(got ${secret ? `${secret.length} characters` : "nothing"}). Generate one with: openssl rand -hex 32\n` +
        `운영 환경에서는 PAYLOAD_SECRET(${MIN_SECRET_LENGTH}자 이상)을 설정해야 CMS가 시작됩니다.`,
    );
  }
  if (secret) return secret;
  return localSecret();
}

/** Reads `<repo>/.data/payload-secret`, creating it (64 hex chars, mode 600) on first use. */
function localSecret(): string {
  const file = path.join(dataDir(), "payload-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= MIN_SECRET_LENGTH) return stored;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 }); // .data: owner only
  const generated = randomBytes(32).toString("hex");
  try {
    // "wx": never overwrite a secret another process wrote first (sessions would break).
    writeFileSync(file, `${generated}\n`, { mode: 0o600, flag: existsSync(file) ? "w" : "wx" });
    chmodSync(file, 0o600);
    return generated;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  }
}

/** The validated environment of this process, read once on first import. */
export const env: CmsEnv = loadEnv();
