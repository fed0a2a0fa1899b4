import {
  APIError,
  type CollectionAfterErrorHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  parseCookies,
} from "payload";
import { env } from "../env.ts";
import { processSingleton } from "../server/processSingleton.ts";
import { deleteFirstUserToken, FIRST_USER_COOKIE, matchesFirstUserToken } from "./firstUserToken.ts";

/**
 * An APIError whose Korean message reaches the client. Next's production build minifies class names,
 * and Payload's error formatter drops the message of an error whose `name` is empty.
 */
function refusal(message: string, status: number): APIError {
  const error = new APIError(message, status);
  error.name = "APIError";
  return error;
}

/** A claim older than this is taken as abandoned (its request failed without reaching a hook). */
const CLAIM_TTL_MS = 60_000;

/** The first registration in flight in this server process (shared by REST and the admin). */
const claim = processSingleton<{ since?: number }>("firstUserClaim", () => ({}));

/**
 * beforeOperation (users): 첫 관리자 만들기 needs the one-time token that `pnpm start` prints as
 * `…/admin/create-first-user?token=<token>` and keeps in FIRST_USER_TOKEN_FILE.
 *
 * Payload's registerFirstUser (REST `POST /api/users/first-register`, GraphQL `registerFirstUser`, the
 * admin's form) is the only HTTP path that creates a user with access overridden, so every non-local
 * `create` with `overrideAccess` must carry the token: as `?token=` on the request URL, or in the
 * HttpOnly cookie that `src/proxy.ts` sets when the link is opened. The Local API (seed, tests,
 * `pnpm create-admin`) is not an HTTP path and is not asked.
 *
 * Race: registerFirstUser checks "no user yet" before creating, so two simultaneous requests could
 * both pass. Here one claim at a time is allowed (the second answers 409), and the user count is read
 * again after claiming; the claim ends when the create succeeds (the token file is then deleted) or
 * fails (`releaseFirstUserClaim`), or after CLAIM_TTL_MS.
 * @throws APIError 403 (Korean) without the right token or when a user already exists; 409 while
 *   another first registration is running.
 */
export const guardFirstUser: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== "create" || req.payloadAPI === "local" || !overrideAccess) return args;
  const token = req.searchParams?.get("token") || parseCookies(req.headers).get(FIRST_USER_COOKIE);
  if (!matchesFirstUserToken(token, env.FIRST_USER_TOKEN_FILE)) {
    throw refusal(
      "첫 관리자를 만들려면 pnpm start 가 출력한 링크(…/admin/create-first-user?token=…)로 들어오거나 " +
        "서버에서 pnpm create-admin --email <이메일> --password <비밀번호> 를 실행하세요.",
      403,
    );
  }
  if (claim.since !== undefined && Date.now() - claim.since < CLAIM_TTL_MS) {
    throw refusal("다른 첫 관리자 등록이 진행 중입니다. 잠시 뒤 로그인 화면에서 확인하세요.", 409);
  }
  claim.since = Date.now();
  req.context.firstUserClaim = true;
  const { totalDocs } = await req.payload.count({ collection: "users", overrideAccess: true, req });
  if (totalDocs > 0) {
    claim.since = undefined;
    req.context.firstUserClaim = false;
    throw refusal("첫 관리자가 이미 있습니다. 로그인하세요.", 403);
  }
  return args;
};

/** afterOperation (users): the first 관리자 exists, so the one-time token is deleted and the claim ends. */
export const finishFirstUser: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation === "create" && req.context.firstUserClaim) {
    deleteFirstUserToken(env.FIRST_USER_TOKEN_FILE);
    claim.since = undefined;
    req.context.firstUserClaim = false;
  }
  return result;
};

/** afterError (users): a first registration that failed (e.g. a refused password) gives up its claim. */
export const releaseFirstUserClaim: CollectionAfterErrorHook = ({ req }) => {
  if (req.context.firstUserClaim) {
    claim.since = undefined;
    req.context.firstUserClaim = false;
  }
};
