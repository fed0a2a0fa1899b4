import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { processSingleton } from "./processSingleton.ts";

/**
 * Limits on the login and account endpoints, per server process (memory; a restart forgets them).
 *
 * Design — why there is no per-account lockout: Payload's `maxLoginAttempts` locks an account after N
 * failures from anywhere, so anyone who knows the 관리자's e-mail could keep that account locked forever.
 * Instead:
 * - `address`: every request to an auth operation from one address spends a point (a successful
 *   login gives it back, so an office behind one NAT address is not punished for logging in);
 *   ADDRESS_POINTS per ADDRESS_WINDOW_SECONDS, then 429 until the window ends. This bounds password
 *   spraying and reset-token guessing from one address.
 * - `account`: failed logins for one (address, e-mail) pair; after ACCOUNT_POINTS failures within
 *   ACCOUNT_WINDOW_SECONDS that pair is blocked for ACCOUNT_BLOCK_SECONDS. A success clears it.
 * An outsider therefore only ever blocks their own address: the staff member still logs in from theirs.
 * Addresses come from `clientAddress` (the socket, or `X-Forwarded-For` only with TRUST_PROXY).
 */
export const AUTH_LIMITS = {
  ADDRESS_POINTS: 20,
  ADDRESS_WINDOW_SECONDS: 10 * 60,
  ACCOUNT_POINTS: 5,
  ACCOUNT_WINDOW_SECONDS: 15 * 60,
  ACCOUNT_BLOCK_SECONDS: 15 * 60,
} as const;

type Limiters = { address: RateLimiterMemory; account: RateLimiterMemory };

/** One pair of limiters per process, shared by the REST and GraphQL route bundles. */
const limiters: Limiters = processSingleton("authLimiters", () => ({
  address: new RateLimiterMemory({
    keyPrefix: "auth-address",
    points: AUTH_LIMITS.ADDRESS_POINTS,
    duration: AUTH_LIMITS.ADDRESS_WINDOW_SECONDS,
  }),
  account: new RateLimiterMemory({
    keyPrefix: "auth-account",
    points: AUTH_LIMITS.ACCOUNT_POINTS,
    duration: AUTH_LIMITS.ACCOUNT_WINDOW_SECONDS,
    blockDuration: AUTH_LIMITS.ACCOUNT_BLOCK_SECONDS,
  }),
}));

/** A 429 answer in Korean with `Retry-After` (seconds), in Payload's error shape. */
export function tooManyRequests(msBeforeNext: number): Response {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  return Response.json(
    { errors: [{ message: `로그인 시도가 너무 많습니다. ${minutes}분 뒤에 다시 시도하세요.` }] },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}

function accountKey(address: string, email: string): string {
  return `${address}|${email.trim().toLowerCase()}`;
}

/**
 * Spends one point of `address` for an auth request (and, for a login naming `email`, checks that the
 * (address, e-mail) pair is not blocked). Returns a 429 Response when refused, else undefined.
 */
export async function admitAuthRequest(address: string, email?: string): Promise<Response | undefined> {
  if (email) {
    const state = await limiters.account.get(accountKey(address, email));
    if (state && state.consumedPoints >= AUTH_LIMITS.ACCOUNT_POINTS) return tooManyRequests(state.msBeforeNext);
  }
  try {
    await limiters.address.consume(address);
    return undefined;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return tooManyRequests(refusal.msBeforeNext);
    throw refusal;
  }
}

/** Records how a login for (address, email) ended: success clears the pair and refunds the address point. */
export async function recordLogin(address: string, email: string | undefined, succeeded: boolean): Promise<void> {
  if (succeeded) {
    await limiters.address.reward(address, 1);
    if (email) await limiters.account.delete(accountKey(address, email));
    return;
  }
  if (!email) return;
  await limiters.account.consume(accountKey(address, email)).catch((refusal: unknown) => {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
  });
}
