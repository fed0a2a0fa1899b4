import {
  ACCESS_TABLE,
  ACTORS,
  type AccessSettings,
  grants,
  type Operation,
  type Row,
  type Target,
} from "../../src/access/table.ts";
import type { Channel, Probe, Probes } from "./context.ts";

/** What trying one row gave: cells tried per channel, and one line per cell that disagreed with the table. */
export type RowResult = { cells: Record<Channel, number>; failures: string[] };

/**
 * Tries every cell of the table row `target`: each operation the row names, through each channel
 * its probes offer, as each actor, and compares the effect with `grants`. An operation without a
 * probe is a failure ("no probe tries this cell"), so a row the probes do not cover cannot pass.
 * A probe that throws counts as a failure with its first message line. `settings` are the running
 * CMS's (default: the defaults); `only` limits the cells tried to those operations.
 */
export async function tryRow(
  target: Target,
  probes: Probes,
  options: { settings?: AccessSettings; only?: readonly Operation[] } = {},
): Promise<RowResult> {
  const row = (ACCESS_TABLE as Record<Target, Row>)[target];
  const cells: Record<Channel, number> = { rest: 0, graphql: 0, local: 0 };
  const failures: string[] = [];
  for (const operation of Object.keys(row) as Operation[]) {
    if (options.only && !options.only.includes(operation)) continue;
    const channels = probes[operation];
    if (!channels || Object.keys(channels).length === 0) {
      failures.push(`${target}.${operation}: no probe tries this cell`);
      continue;
    }
    for (const [channel, probe] of Object.entries(channels) as [Channel, Probe][]) {
      for (const actor of ACTORS) {
        const expected = grants(target, operation, actor, options.settings);
        cells[channel] += 1;
        let got: boolean;
        try {
          got = await probe(actor);
        } catch (error) {
          failures.push(`${channel} ${target}.${operation} as ${actor}: ${(error as Error).message.split("\n")[0]}`);
          continue;
        }
        if (got !== expected)
          failures.push(
            `${channel} ${target}.${operation} as ${actor}: table says ${expected ? "allowed" : "refused"}, was ${got ? "allowed" : "refused"}`,
          );
      }
    }
  }
  return { cells, failures };
}
