import type { ConditionInput, EligibilityInput } from "@lifewelfare/content-models";
import type { Policy } from "../payload-types.ts";
import { compact, type Exhaustive, text } from "./values.ts";

/** 대상 조건 as the CMS stores it (the `eligibility` group of `policies`). */
export type CmsEligibility = NonNullable<Policy["eligibility"]>;
/** One condition block of the CMS (its `blockType` is the domain condition's `kind`). */
export type CmsCondition = NonNullable<CmsEligibility["rules"]>[number]["conditions"][number];

/**
 * Domain eligibility → the CMS group: conditions become blocks (`{ kind: "age", … }` →
 * `{ blockType: "age", … }`); `appliesToAll` defaults to false.
 */
export function eligibilityToCms(eligibility: EligibilityInput | undefined): CmsEligibility {
  return {
    appliesToAll: eligibility?.appliesToAll ?? false,
    rules: (eligibility?.rules ?? []).map((rule) => ({
      label: rule.label,
      conditions: rule.conditions.map(conditionToBlock),
    })),
  };
}

/** The CMS group → domain eligibility (block ids and names dropped, empty fields dropped). */
export function eligibilityFromCms(eligibility: Policy["eligibility"]): Exhaustive<EligibilityInput> {
  return {
    appliesToAll: Boolean(eligibility?.appliesToAll),
    rules: (eligibility?.rules ?? []).map((rule) =>
      compact({ label: text(rule.label), conditions: rule.conditions.map(blockToCondition) }),
    ),
  };
}

/** `{ kind: "age", … }` → `{ blockType: "age", … }`. */
export function conditionToBlock(condition: ConditionInput): CmsCondition {
  const { kind, ...fields } = condition;
  // Each block's fields are its condition's fields (cms/src/fields/eligibility.ts builds them from
  // the same code lists); TypeScript checks the kind but cannot pair the two unions member by member.
  return { blockType: kind satisfies CmsCondition["blockType"], ...fields } as CmsCondition;
}

/** `{ blockType: "age", id, blockName, … }` → `{ kind: "age", … }` (empty fields dropped). */
export function blockToCondition(block: CmsCondition): ConditionInput {
  const { blockType, id: _id, blockName: _name, ...fields } = block;
  // Same pairing as in `conditionToBlock`; `policySchema` validates the result on export.
  return compact({ kind: blockType satisfies ConditionInput["kind"], ...fields }) as ConditionInput;
}
