import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "../src/auth/passwordRule.ts";
import { csrfOrigins } from "../src/csrf.ts";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../src/server/clientAddress.ts";
import { stampClientAddress } from "../src/server/stampClientAddress.ts";

// Modules importing env.ts read process.env once: keep them from generating <repo>/.data/payload-secret.
process.env.PAYLOAD_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";

describe("client address for rate limits", () => {
  it("is the socket's address, whatever X-Forwarded-For or the stamp header a client sends", async () => {
    stampClientAddress();
    let seen: Headers | undefined;
    const server = createServer((req, res) => {
      seen = new Headers(req.headers as Record<string, string>);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "x-forwarded-for": "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "198.51.100.8" },
    });
    await new Promise((resolve) => server.close(resolve));
    expect(clientAddress(seen as Headers, 0)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(clientAddress(seen as Headers, 1)).toBe("198.51.100.7");
  });

  it("with TRUST_PROXY n takes the n-th hop from the right, else the socket's address", () => {
    const headers = new Headers({
      "x-forwarded-for": "1.1.1.1, 2.2.2.2, 3.3.3.3",
      [CLIENT_ADDRESS_HEADER]: "10.0.0.1",
    });
    expect(clientAddress(headers, 1)).toBe("3.3.3.3");
    expect(clientAddress(headers, 2)).toBe("2.2.2.2");
    expect(clientAddress(headers, 5)).toBe("10.0.0.1");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
});

describe("CSRF origins", () => {
  it("is the public origin, or every loopback spelling of a loopback one", () => {
    expect(csrfOrigins("https://cms.example.kr/admin")).toEqual(["https://cms.example.kr"]);
    expect(csrfOrigins("http://localhost:3000")).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]);
    expect(csrfOrigins(undefined)).toEqual([]);
  });
});

describe("password rule", () => {
  it("accepts long passphrases and refuses short, repeated, common and e-mail passwords in Korean", () => {
    for (const good of ["봄날의 복지 안내서 2026", "correct horse battery staple", "583920174628"]) {
      expect(passwordProblem(good, "kim@example.kr"), good).toBeUndefined();
    }
    expect(passwordProblem("short-pw1")).toContain("12자 이상");
    expect(passwordProblem("kim@example.kr", "Kim@Example.kr")).toContain("이메일");
    expect(passwordProblem("kim.welfare.team", "kim.welfare.team@example.kr")).toContain("이메일");
    expect(passwordProblem("aaaaaaaaaaaaaa")).toContain("같은 글자");
    for (const common of [
      "password1234",
      "Password123!",
      "qwerty123456",
      "123456789012",
      "1q2w3e4r5t6y",
      "admin!!2024__",
    ]) {
      expect(passwordProblem(common), common).toContain("너무 흔한");
    }
  });
});

describe("production server environment", () => {
  it("refuses to start without CMS_SERVER_URL, in Korean, but scripts may run without it", async () => {
    const { assertServerEnv, loadEnv } = await import("../src/load-env.ts");
    const production = { NODE_ENV: "production", PAYLOAD_SECRET: "p".repeat(40) } as const;
    expect(() => assertServerEnv(loadEnv(production))).toThrow(/CMS_SERVER_URL/);
    expect(() => assertServerEnv(loadEnv(production))).toThrow(/운영 환경/);
    expect(() => assertServerEnv(loadEnv({ ...production, CMS_SERVER_URL: "https://cms.example.kr" }))).not.toThrow();
    expect(loadEnv({ ...production, TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(loadEnv(production).TRUST_PROXY).toBe(0);
    expect(loadEnv(production).MEDIA_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});
