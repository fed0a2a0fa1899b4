import type { Payload } from "payload";
import { env } from "../env.ts";
import { repoRoot } from "../paths.ts";
import { commandRunner, webhookRunner } from "./runners.ts";
import { createRebuildScheduler, type RebuildScheduler } from "./scheduler.ts";
import { recordRebuildStatus } from "./status.ts";
import { type Clock, type RebuildRunner, systemClock } from "./types.ts";

const schedulers = new WeakMap<Payload, RebuildScheduler>();

/** The runner configured by SITE_REBUILD_WEBHOOK (preferred) or SITE_REBUILD_COMMAND, or null. */
export function configuredRunner(): RebuildRunner | null {
  if (env.SITE_REBUILD_WEBHOOK) return webhookRunner(env.SITE_REBUILD_WEBHOOK);
  if (env.SITE_REBUILD_COMMAND)
    return commandRunner(env.SITE_REBUILD_COMMAND, repoRoot(), env.SITE_REBUILD_COMMAND_ENV);
  return null;
}

/**
 * (Re)creates the rebuild trigger of `payload`. Tests inject a fake `clock` and `runner`;
 * by default the environment decides (REBUILD_DEBOUNCE_MS, SITE_REBUILD_WEBHOOK/COMMAND).
 */
export function configureRebuild(
  payload: Payload,
  options: { clock?: Clock; runner?: RebuildRunner | null; debounceMs?: number } = {},
): RebuildScheduler {
  const scheduler = createRebuildScheduler({
    debounceMs: options.debounceMs ?? env.REBUILD_DEBOUNCE_MS,
    clock: options.clock ?? systemClock,
    runner: options.runner === undefined ? configuredRunner() : options.runner,
    report: (status) => recordRebuildStatus(payload, status),
    log: (message, error) => payload.logger.error({ err: error }, message),
  });
  schedulers.set(payload, scheduler);
  return scheduler;
}

/** The rebuild trigger of `payload`, created from the environment on first use. */
export function rebuildFor(payload: Payload): RebuildScheduler {
  return schedulers.get(payload) ?? configureRebuild(payload);
}

export type { Clock, PublicationChange, RebuildRunner } from "./types.ts";
