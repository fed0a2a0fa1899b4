import { getCollection, getEntry } from "astro:content";
import type { Department, GuidebookSettings, MascotAsset, Policy } from "@lifewelfare/content-models";

/** Everything pages need from the snapshot, with lookups built once per build (no per-page scans). */
export type SiteData = {
  guidebook: GuidebookSettings;
  /** Published policies sorted by title (Korean collation). */
  policies: Policy[];
  departments: Department[];
  mascots: MascotAsset[];
  departmentById: Map<string, Department>;
  policyById: Map<string, Policy>;
  /** Policies per chapter, life stage, interest topic, household situation and department. */
  byChapter: Map<string, Policy[]>;
  byStage: Map<string, Policy[]>;
  byTopic: Map<string, Policy[]>;
  bySituation: Map<string, Policy[]>;
  byDepartment: Map<string, Policy[]>;
};

let data: Promise<SiteData> | undefined;

/** Loads the snapshot collections once per build. */
export function siteData(): Promise<SiteData> {
  data ??= load();
  return data;
}

async function load(): Promise<SiteData> {
  const [guidebookEntry, policyEntries, departmentEntries, mascotEntries] = await Promise.all([
    getEntry("guidebook", "guidebook"),
    getCollection("policies"),
    getCollection("departments"),
    getCollection("mascots"),
  ]);
  if (!guidebookEntry) throw new Error("The snapshot has no guidebook settings.");
  const collator = new Intl.Collator("ko");
  const policies = policyEntries.map((e) => e.data).sort((a, b) => collator.compare(a.title, b.title));
  const departments = departmentEntries
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order || collator.compare(a.name, b.name));
  const group = (keys: (p: Policy) => readonly string[]) => {
    const map = new Map<string, Policy[]>();
    for (const policy of policies) {
      for (const key of keys(policy)) {
        const list = map.get(key);
        if (list) list.push(policy);
        else map.set(key, [policy]);
      }
    }
    return map;
  };
  return {
    guidebook: guidebookEntry.data,
    policies,
    departments,
    mascots: mascotEntries.map((e) => e.data),
    departmentById: new Map(departments.map((d) => [d.id, d])),
    policyById: new Map(policies.map((p) => [p.id, p])),
    byChapter: group((p) => [p.primaryChapter]),
    byStage: group((p) => (p.lifeStages.length ? p.lifeStages : ["common"])),
    byTopic: group((p) => p.interestTopics),
    bySituation: group((p) => p.householdSituations),
    byDepartment: group((p) => (p.departmentId ? [p.departmentId] : [])),
  };
}
