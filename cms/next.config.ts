import path from "node:path";
import { fileURLToPath } from "node:url";
import { withPayload } from "@payloadcms/next/withPayload";
import type { NextConfig } from "next";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Next.js config of the Payload admin. content-models ships TypeScript source, so Next compiles it. */
const nextConfig: NextConfig = {
  transpilePackages: ["@lifewelfare/content-models"],
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
