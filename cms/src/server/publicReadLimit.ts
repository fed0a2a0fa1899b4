import { APIError, type PayloadRequest } from "payload";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env.ts";
import { clientAddress } from "./clientAddress.ts";
import { processSingleton } from "./processSingleton.ts";

/** Anonymous reads per address, per process (memory): `CMS_PUBLIC_READ_PER_MINUTE` in any minute. */
const limiter = processSingleton(
  "publicReadLimiter",
  () => new RateLimiterMemory({ keyPrefix: "public-read", points: env.CMS_PUBLIC_READ_PER_MINUTE, duration: 60 }),
);

/**
 * `name` of the 429 error: set on the instance (Next's production build minifies class names), so
 * that the config's `loggingLevels` logs each refusal at debug level, not as an error with a stack
 * (a flood of refused reads must not flood the log).
 */
export const PUBLIC_READ_REFUSAL = "TooManyPublicReads";

/** Requests already charged: a request reading several collections (GraphQL, populated relations) pays once. */
const charged = new WeakSet<PayloadRequest>();

/**
 * Spends one point of the request's client address (`clientAddress`: the socket, or
 * `X-Forwarded-For` only with TRUST_PROXY) for an anonymous read while `CMS_PUBLIC_READ` is on;
 * called by the read access of published content (`access/derive.ts`), once per request.
 * @throws APIError 429 with a Korean message (REST: with `Retry-After`; GraphQL: in the error's
 *   `extensions.statusCode`) when the address has used its points in the current minute.
 */
export async function admitPublicRead(req: PayloadRequest): Promise<void> {
  if (charged.has(req)) return;
  charged.add(req);
  try {
    await limiter.consume(clientAddress(req.headers, env.TRUST_PROXY));
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    req.responseHeaders = new Headers(req.responseHeaders);
    req.responseHeaders.set("Retry-After", String(seconds));
    const error = new APIError(`요청이 너무 많습니다. ${seconds}초 뒤에 다시 시도하세요.`, 429, null, true);
    error.name = PUBLIC_READ_REFUSAL;
    throw error;
  }
}
