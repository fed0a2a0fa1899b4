import path from "node:path";
import { fileURLToPath } from "node:url";
import { withPayload } from "@payloadcms/next/withPayload";
import type { NextConfig } from "next";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Security headers of every CMS answer (admin pages and API). Next's App Router inlines its boot
 * scripts and Payload's admin sets inline styles, so scripts and styles allow 'unsafe-inline' from
 * the CMS's own origin only; nothing may load from another host, frame the CMS, or receive a form.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Next.js config of the Payload admin. content-models ships TypeScript source, so Next compiles it. */
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // 미리 보기 pages (`/api/preview/…`) carry the public site's headers instead (endpoints/preview.ts).
  headers: async () => [{ source: "/((?!api/preview/).*)", headers: SECURITY_HEADERS }],
  transpilePackages: ["@lifewelfare/content-models", "@lifewelfare/site"],
  turbopack: { root: path.resolve(here, "..") },
  outputFileTracingRoot: path.resolve(here, ".."),
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `pnpm --filter @lifewelfare/cms run typecheck` checks types; the build only compiles.
  typescript: { ignoreBuildErrors: true },
  webpack: (config) => {
    config.resolve.extensionAlias = {
      ".cjs": [".cts", ".cjs"],
      ".js": [".ts", ".tsx", ".js", ".jsx"],
      ".mjs": [".mts", ".mjs"],
    };
    return config;
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
