import { describe, expect, it } from "vitest";
import { isPublicOrigin, resolveBuildOrigin } from "../src/rules/public-origin.ts";

describe("isPublicOrigin", () => {
  it.each(["https://www.gwangyang.go.kr", "https://bokji.gwangyang.go.kr/", "https://guide.city.kr:8443"])(
    "accepts the public address %s",
    (origin) => {
      expect(isPublicOrigin(origin)).toBe(true);
    },
  );

  it.each([
    undefined,
    "",
    "not a url",
    "ftp://guide.city.kr",
    "http://guide.city.kr", // plain http: browsers warn
    "https://localhost:4321",
    "https://app.localhost",
    "https://127.0.0.1",
    "https://10.0.0.5",
    "https://192.168.0.10:4321",
    "https://172.16.3.4",
    "https://[::1]",
    "https://[fd00::1]",
    "https://intranet", // one label
    "https://guide.example.kr", // the old seed value
    "https://example.com",
    "https://www.example.org",
    "https://guide.example",
    "https://site.test",
    "https://site.invalid",
    "https://printer.local",
    "https://cms.internal",
  ])("refuses %s", (origin) => {
    expect(isPublicOrigin(origin)).toBe(false);
  });
});

describe("resolveBuildOrigin", () => {
  const localOrigin = "http://localhost:4321";

  it("uses 안내서 설정's address when it is public", () => {
    expect(resolveBuildOrigin({ configured: "https://www.gwangyang.go.kr/", localOrigin })).toEqual({
      origin: "https://www.gwangyang.go.kr",
      isPublic: true,
    });
  });

  it("lets SITE_ORIGIN override the settings, public or not", () => {
    const configured = "https://www.gwangyang.go.kr";
    expect(resolveBuildOrigin({ override: "https://bokji.gwangyang.go.kr", configured, localOrigin })).toEqual({
      origin: "https://bokji.gwangyang.go.kr",
      isPublic: true,
    });
    expect(resolveBuildOrigin({ override: "http://192.168.0.5:4321", configured, localOrigin })).toEqual({
      origin: "http://192.168.0.5:4321",
      isPublic: false,
    });
  });

  it("falls back to the local address, not public, when the settings have none or a reserved one", () => {
    for (const configured of [undefined, "", "https://guide.example.kr"]) {
      expect(resolveBuildOrigin({ configured, localOrigin })).toEqual({ origin: localOrigin, isPublic: false });
    }
    expect(resolveBuildOrigin({ override: "", configured: undefined, localOrigin }).isPublic).toBe(false);
  });
});
