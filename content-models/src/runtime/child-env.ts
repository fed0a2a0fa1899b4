/**
 * Variables any child process may inherit: how to find programs and files, the user, locale,
 * time zone, temp folder and terminal. None of them is a secret. `LC_*` names are passed too.
 */
export const BASE_CHILD_ENV = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TMP",
  "TEMP",
  "TERM",
  "NO_COLOR",
  "FORCE_COLOR",
  "CI",
] as const;

/** What a child process receives, besides `BASE_CHILD_ENV`. */
export type ChildEnvOptions = {
  /** Further names copied from `source` when set there (e.g. the settings a build reads). */
  pass?: readonly string[];
  /** Values set for the child (an `undefined` value is left out). Win over copied ones. */
  set?: Record<string, string | undefined>;
  /** Where copied values come from; default `process.env`. */
  source?: Record<string, string | undefined>;
};

/**
 * The environment for a child process, built from an allow-list instead of a copy of ours, so that
 * `PAYLOAD_SECRET`, `DATABASE_URI` (which may hold database credentials), the rebuild hook token
 * and whatever else the parent holds never reach a child that does not need them (another local
 * user of the same uid could read them in `/proc/<pid>/environ`, and a child could log or embed
 * them). Returns a new object holding only `BASE_CHILD_ENV` and `LC_*` names, the `pass` names
 * found in `source`, and `set`.
 * @example childEnv({ pass: ["SITE_LOG_LEVEL"], set: { NODE_ENV: "production" } })
 * @see the security review (L4, "Env inheritance") for why.
 */
export function childEnv(options: ChildEnvOptions = {}): NodeJS.ProcessEnv {
  const source = options.source ?? process.env;
  const allowed = new Set<string>([...BASE_CHILD_ENV, ...(options.pass ?? [])]);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && (allowed.has(name) || name.startsWith("LC_"))) env[name] = value;
  }
  for (const [name, value] of Object.entries(options.set ?? {})) if (value !== undefined) env[name] = value;
  // Typed as Node's, which some frameworks' type augmentations make require NODE_ENV.
  return env as NodeJS.ProcessEnv;
}
