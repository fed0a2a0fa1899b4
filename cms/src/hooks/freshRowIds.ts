import type { Block, CollectionBeforeOperationHook, CollectionConfig, Field } from "payload";

type Row = Record<string, unknown>;

/**
 * Deletes the `id` of every array and blocks row in `data`, at any depth (groups, tabs, rows,
 * collapsibles, nested arrays/blocks), following `fields`. `blocks` resolves block references.
 */
function dropRowIds(fields: Field[], data: unknown, blocks: Block[]): void {
  if (!data || typeof data !== "object") return;
  const values = data as Row;
  for (const field of fields) {
    switch (field.type) {
      case "tabs":
        for (const tab of field.tabs)
          dropRowIds(tab.fields, "name" in tab && tab.name ? values[tab.name] : data, blocks);
        break;
      case "row":
      case "collapsible":
        dropRowIds(field.fields, data, blocks);
        break;
      case "group":
        dropRowIds(field.fields, "name" in field && field.name ? values[field.name] : data, blocks);
        break;
      case "array":
        for (const row of asRows(values[field.name])) {
          delete row.id;
          dropRowIds(field.fields, row, blocks);
        }
        break;
      case "blocks":
        for (const row of asRows(values[field.name])) {
          delete row.id;
          const block =
            field.blocks.find((b) => b.slug === row.blockType) ??
            blocks.find(
              (b) =>
                b.slug === row.blockType &&
                (field.blockReferences ?? []).some((ref) => (typeof ref === "string" ? ref : ref.slug) === b.slug),
            );
          if (block) dropRowIds(block.fields, row, blocks);
        }
        break;
      default:
        break;
    }
  }
}

function asRows(value: unknown): Row[] {
  return Array.isArray(value) ? value.filter((row): row is Row => Boolean(row) && typeof row === "object") : [];
}

/**
 * beforeOperation (create): a new document never takes the row ids it was sent. A document
 * created from a copy of another one's JSON (REST, GraphQL, Local API) keeps the other's array and
 * blocks row ids, which the database refuses as duplicates (SQLite: UNIQUE constraint failed:
 * `policies_contacts.id`, formerly a 500); the rows get new ids instead.
 */
export const freshRowIdsOnCreate: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== "create") return args;
  dropRowIds(collection.fields, (args as { data?: unknown }).data, req.payload.config.blocks ?? []);
  return args;
};

/** `collection` with `freshRowIdsOnCreate` as its first beforeOperation hook. */
export function withFreshRowIds(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {};
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [freshRowIdsOnCreate, ...(hooks.beforeOperation ?? [])] },
  };
}
