import type { SeedPolicy } from "../types.ts";
import { childPolicies } from "./child.ts";
import { commonPolicies } from "./common.ts";
import { infantPolicies } from "./infant.ts";
import { middleAgedPolicies } from "./middle-aged.ts";
import { pregnancyPolicies } from "./pregnancy.ts";
import { seniorPolicies } from "./senior.ts";
import { teenPolicies } from "./teen.ts";
import { youthPolicies } from "./youth.ts";

/** Every seed policy, in handbook chapter order (임신·출산 → 노년, then 공통). */
export const seedPolicies: SeedPolicy[] = [
  ...pregnancyPolicies,
  ...infantPolicies,
  ...childPolicies,
  ...teenPolicies,
  ...youthPolicies,
  ...middleAgedPolicies,
  ...seniorPolicies,
  ...commonPolicies,
];
