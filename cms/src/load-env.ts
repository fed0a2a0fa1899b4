import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, repoRoot } from "@lifewelfare/content-models/paths";
import type { z } from "zod";
import { envSchema } from "./env-schema.ts";

/*
 * The CMS's environment rules as functions: importing this module reads nothing and writes
 * nothing. The CMS applies them once to its own process (`env.ts`); `pnpm start` and the other
 * scripts call `loadEnv` for the CMS they open or start, so both sides share one set of defaults.
 */

/** Minimum length of PAYLOAD_SECRET in production (characters). */
export const MIN_SECRET_LENGTH = 32;

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
 * Parses and validates `source` (default `process.env`). Folders follow content-models' paths
 * rule on `source` (`LIFEWELFARE_ROOT`, `DATA_DIR`; relative values from the repository root):
 * - DATABASE_URI defaults to `file:<data folder>/cms.db`;
 * - MEDIA_DIR to `<data folder>/media`, FIRST_USER_TOKEN_FILE to `<data folder>/first-user-token`;
 * - PAYLOAD_SECRET: required in production with at least 32 characters; elsewhere, when unset, one
 *   is generated once into `<data folder>/payload-secret` and reused (`localSecret`).
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
  const root = repoRoot(source);
  const data = dataDir(source);
  return {
    ...raw,
    isProduction,
    DATABASE_URI: raw.DATABASE_URI || `file:${path.join(data, "cms.db")}`,
    PAYLOAD_SECRET: resolveSecret(raw.PAYLOAD_SECRET, isProduction, source),
    MEDIA_DIR: raw.MEDIA_DIR ? path.resolve(root, raw.MEDIA_DIR) : path.join(data, "media"),
    FIRST_USER_TOKEN_FILE: raw.FIRST_USER_TOKEN_FILE
      ? path.resolve(root, raw.FIRST_USER_TOKEN_FILE)
      : path.join(data, "first-user-token"),
  };
}

/**
 * Checks what only the CMS web server needs (scripts using the Local API in production mode do not):
 * in production CMS_SERVER_URL must name the public origin, because it is the CSRF allow-list.
 * @throws CmsEnvError with a Korean explanation when it is missing.
 */
export function assertServerEnv(cmsEnv: CmsEnv): void {
  if (cmsEnv.isProduction && !cmsEnv.CMS_SERVER_URL) {
    throw new CmsEnvError(
      "운영 환경(NODE_ENV=production)의 CMS 서버는 CMS_SERVER_URL(관리자 화면의 공개 주소, 예: https://cms.example.kr)이 있어야 시작합니다.\n" +
        "이 주소에서 온 요청만 로그인 쿠키를 쓸 수 있습니다(CSRF 방지). pnpm start 는 http://localhost:<포트> 를 씁니다.",
    );
  }
}

function resolveSecret(value: string | undefined, isProduction: boolean, source: NodeJS.ProcessEnv): string {
  const secret = value?.trim();
  if (isProduction) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) return secret;
    // `next build` runs with NODE_ENV=production but never signs anything; the server process
    // that starts later reads the environment again and is held to the rule below.
    if (source.NEXT_PHASE === "phase-production-build") return "build-phase-placeholder-secret-never-used-at-runtime";
    throw new CmsEnvError(
      `PAYLOAD_SECRET must be set to a random string of at least ${MIN_SECRET_LENGTH} characters in production ` +
        `(got ${secret ? `${secret.length} characters` : "nothing"}). Generate one with: openssl rand -hex 32\n` +
        `운영 환경에서는 PAYLOAD_SECRET(${MIN_SECRET_LENGTH}자 이상)을 설정해야 CMS가 시작됩니다.`,
    );
  }
  if (secret) return secret;
  return localSecret(source);
}

/**
 * The local signing secret of this checkout: `<data folder>/payload-secret` (data folder from
 * `source`, see content-models' `dataDir`), created on first use with 64 hex characters, mode 0600,
 * in a folder made if missing with mode 0700. Race-safe: two first starts at once keep the one
 * secret written first (`wx`); a stored secret shorter than `MIN_SECRET_LENGTH` is replaced.
 * `pnpm start` uses it for the production-mode CMS it runs on the embedded default.
 */
export function localSecret(source: NodeJS.ProcessEnv = process.env): string {
  const file = path.join(dataDir(source), "payload-secret");
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
