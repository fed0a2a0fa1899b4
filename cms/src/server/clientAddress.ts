/**
 * Header that the CMS server writes on every incoming request with the TCP peer's address
 * (`stampClientAddress`), replacing any value a client sent. Next itself only fills
 * `X-Forwarded-For` when the client did not send one, so that header alone cannot be believed.
 */
export const CLIENT_ADDRESS_HEADER = "x-lifewelfare-client-address";

/**
 * The address a request came from, used as the rate-limit key.
 * - `trustProxy` 0: the socket's peer address (CLIENT_ADDRESS_HEADER); a client's `X-Forwarded-For`
 *   is ignored.
 * - `trustProxy` n ≥ 1: the n-th address from the right of `X-Forwarded-For` (each trusted proxy
 *   appends the address it saw), falling back to the peer address when the list is shorter.
 * Returns "unknown" when the server did not stamp the peer address (all such requests share one key).
 */
export function clientAddress(headers: Headers, trustProxy: number): string {
  const peer = headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustProxy > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const hop = hops[hops.length - trustProxy];
    if (hop) return hop;
  }
  return peer;
}
