import { readFileSync } from "node:fs";
import { type Policy, type Snapshot, snapshotSchema } from "../../src/index.ts";
import { fixtureSnapshot } from "../../src/testing/index.ts";

/** Absolute path of the copy of the domain facts the fixture was written from. */
export const FACTS_PATH = new URL("../fixtures/gwangyang-policies.facts.json", import.meta.url);

/** The fixture snapshot as raw JSON (a fresh copy each call, safe to mutate). */
export function fixtureInput(): Record<string, unknown> & { policies: Record<string, unknown>[] } {
  return fixtureSnapshot() as unknown as ReturnType<typeof fixtureInput>;
}

/** The fixture snapshot parsed with `snapshotSchema`. */
export function loadFixture(): Snapshot {
  return snapshotSchema.parse(fixtureInput());
}

/** The fixture policy whose title is exactly `title`; throws when there is none. */
export function policyByTitle(snapshot: Snapshot, title: string): Policy {
  const policy = snapshot.policies.find((p) => p.title === title);
  if (!policy) throw new Error(`No fixture policy titled ${title}`);
  return policy;
}

/** A raw fixture policy (JSON input) by id, deep-copied, for building invalid variants. */
export function rawPolicy(id: string): Record<string, unknown> {
  const policy = fixtureInput().policies.find((p) => p.id === id);
  if (!policy) throw new Error(`No fixture policy with id ${id}`);
  return policy;
}

/** One entry of the domain facts file (shared/data/gwangyang-policies.facts.json). */
export type FactEntry = {
  name_ko: string;
  life_stages: string[];
  summary_ko: string;
  amount: string;
  eligibility: string;
  how_to_apply: string;
  department: string;
  source_url: string;
};

/** The domain facts the fixture was written from. */
export function loadFacts(): FactEntry[] {
  return JSON.parse(readFileSync(FACTS_PATH, "utf8"));
}
