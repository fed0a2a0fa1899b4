const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Origins allowed to use the login cookie (Payload `csrf`): the origin of `serverURL`; when that is a
 * loopback address (as with `pnpm start`), also its other loopback spellings with the same scheme and
 * port, since `localhost`, `127.0.0.1` and `[::1]` are the same local server. Empty without a URL
 * (development only: the production server refuses to start without CMS_SERVER_URL).
 */
export function csrfOrigins(serverURL: string | undefined): string[] {
  if (!serverURL) return [];
  const url = new URL(serverURL);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return [url.origin];
  return LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}
