/** The address a build prints and links to, and whether residents can reach it. */
export type BuildOrigin = {
  /** Origin (`scheme://host[:port]`, no trailing slash) for QR codes, short addresses, canonical links. */
  origin: string;
  /** Whether `origin` is a real public address; false marks the handbook as a test print. */
  isPublic: boolean;
};

/** The mark printed on every page of a handbook built without a real public address. */
export const TEST_PRINT_MARK = "시험 인쇄본 — 누리집 주소가 설정되지 않았습니다";

/**
 * Top-level names that never resolve on the public internet (RFC 2606 §2, RFC 6761 §6):
 * `*.test`, `*.example`, `*.invalid`, `*.localhost`, plus `*.local` (mDNS, RFC 6762) and
 * `*.internal` (reserved for private use by ICANN, 2024).
 */
const RESERVED_TLDS = new Set(["test", "example", "invalid", "localhost", "local", "internal"]);

const originOf = (value: string | undefined): URL | undefined => {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return ["https:", "http:"].includes(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Whether `value` is a real public web address that residents can open: an `https:` URL whose
 * host is a domain name with at least two labels, not `localhost`, not under a reserved top-level
 * name (RFC 2606/6761: `*.test`, `*.example`, `*.invalid`, `*.localhost`; also `*.local`,
 * `*.internal`), not one of the reserved example domains (a label `example`, as in `example.com`,
 * `guide.example.kr`), and not an IP address (a printed book should not carry one; loopback and
 * private ranges are never reachable). Plain `http:` is not public: browsers warn on it.
 */
export function isPublicOrigin(value: string | undefined): boolean {
  const url = originOf(value);
  if (url?.protocol !== "https:") return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") || /^\d+(\.\d+){3}$/.test(host)) return false;
  const labels = host.split(".");
  if (labels.length < 2) return false;
  if (RESERVED_TLDS.has(labels.at(-1) as string)) return false;
  return !labels.includes("example");
}

/**
 * Decides the public address of a build. The address is `override` (env `SITE_ORIGIN`) when it
 * is a valid http(s) URL, else the 안내서 설정 `siteOrigin` (`configured`) when it is a real public
 * address (`isPublicOrigin`), else `localOrigin` (the local site server, so that staff can test
 * QR codes and links). `isPublic` tells whether the chosen address is a real public one: when it
 * is false the handbook carries `TEST_PRINT_MARK` and 배포 상태 warns.
 * @throws Error when `localOrigin` is needed and is not an http(s) URL.
 */
export function resolveBuildOrigin(options: {
  override?: string;
  configured?: string;
  localOrigin: string;
}): BuildOrigin {
  const override = originOf(options.override);
  if (override) return { origin: override.origin, isPublic: isPublicOrigin(override.href) };
  if (isPublicOrigin(options.configured)) {
    return { origin: (originOf(options.configured) as URL).origin, isPublic: true };
  }
  const local = originOf(options.localOrigin);
  if (!local) throw new Error(`localOrigin must be an http(s) URL (got "${options.localOrigin}")`);
  return { origin: local.origin, isPublic: false };
}
