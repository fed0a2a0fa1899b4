import type { Condition, ConditionInput } from "@lifewelfare/content-models";
import type { SeedPolicy } from "./content/types.ts";

/** Converts Markdown (the seed files' rich text) to the Lexical JSON the CMS stores. */
export type MarkdownToLexical = (markdown: string) => unknown;

/**
 * A seed policy as CMS data for the `policies` collection: rich text converted to Lexical,
 * department stable ids replaced by CMS document ids, eligibility conditions as blocks (the block
 * slug is the condition's `kind`). The stable id is kept, so the permanent URL never changes.
 * @throws Error naming the policy when it refers to a department that is not seeded.
 */
export function seedPolicyToCms(
  policy: SeedPolicy,
  context: { toLexical: MarkdownToLexical; departmentDocId: (stableId: string) => string | number | undefined },
): Record<string, unknown> {
  const department = (stableId: string | undefined) => {
    if (!stableId) return undefined;
    const id = context.departmentDocId(stableId);
    if (id === undefined) throw new Error(`정책 「${policy.title}」 (${policy.id}): 없는 부서 ${stableId}`);
    return id;
  };
  const rich = (markdown: string | undefined) => (markdown ? context.toLexical(markdown) : undefined);
  const {
    id,
    departmentId,
    contacts,
    eligibility,
    targetAudience,
    selectionCriteria,
    benefits,
    applicationMethod,
    ...rest
  } = policy;
  return {
    ...rest,
    stableId: id,
    department: department(departmentId),
    targetAudience: rich(targetAudience),
    selectionCriteria: rich(selectionCriteria),
    benefits: rich(benefits),
    applicationMethod: { ...applicationMethod, details: rich(applicationMethod.details) },
    contacts: (contacts ?? []).map(({ departmentId: contactDepartment, ...contact }) => ({
      ...contact,
      department: department(contactDepartment),
    })),
    eligibility: {
      appliesToAll: eligibility?.appliesToAll ?? false,
      rules: (eligibility?.rules ?? []).map((rule) => ({
        label: rule.label,
        conditions: rule.conditions.map(conditionToBlock),
      })),
    },
  };
}

/** `{ kind: "age", … }` → `{ blockType: "age", … }`. */
export function conditionToBlock(condition: ConditionInput | Condition): Record<string, unknown> {
  const { kind, ...fields } = condition;
  return { blockType: kind, ...fields };
}
