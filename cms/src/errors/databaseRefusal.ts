import { FIELD_LABELS } from "@lifewelfare/content-models";

/** What a database refused: the kind of constraint, and the table/column or field when it says so. */
export type DatabaseRefusal = {
  kind: "unique" | "notNull" | "foreignKey" | "check";
  /** SQL table (SQLite) or MongoDB collection, when the error names it. */
  table?: string;
  /** SQL column or MongoDB field, when the error names it. */
  column?: string;
};

const SQL_CONSTRAINT =
  /\b(UNIQUE|NOT NULL|FOREIGN KEY|CHECK|PRIMARY KEY) constraint failed(?::\s*([\w$]+)(?:\.([\w$]+))?)?/;
const KIND: Record<string, DatabaseRefusal["kind"]> = {
  UNIQUE: "unique",
  "PRIMARY KEY": "unique",
  "NOT NULL": "notNull",
  "FOREIGN KEY": "foreignKey",
  CHECK: "check",
};

/** The error and its causes (`cause`, GraphQL's `originalError`), outermost first, at most 8. */
function causes(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let current = error;
  while (current && typeof current === "object" && chain.length < 8 && !chain.includes(current as never)) {
    const record = current as Record<string, unknown>;
    chain.push(record);
    current = record.originalError ?? record.cause;
  }
  return chain;
}

/**
 * Recognises a constraint refusal of the database in `error` or its causes:
 * - SQLite through libsql/drizzle: `code` `SQLITE_CONSTRAINT_*` or a message
 *   "UNIQUE | NOT NULL | FOREIGN KEY | CHECK | PRIMARY KEY constraint failed: table.column"
 *   (a PRIMARY KEY clash, e.g. a copied array row id, counts as `unique`);
 * - MongoDB: duplicate key `code` 11000 (E11000), with `keyValue` naming the field.
 * Returns undefined for any other error.
 */
export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const chain = causes(error);
  for (const cause of chain) {
    const message = typeof cause.message === "string" ? cause.message : "";
    const code = cause.code;
    if (code === 11000 || code === "11000" || message.includes("E11000 duplicate key")) {
      const keyValue = cause.keyValue && typeof cause.keyValue === "object" ? Object.keys(cause.keyValue) : [];
      const table = /collection: [^.\s]+\.(\S+)/.exec(message)?.[1];
      const column = keyValue[0] ?? /index: (\w+?)(?:_1)?\s/.exec(message)?.[1];
      return { kind: "unique", table, column };
    }
    const match = SQL_CONSTRAINT.exec(message);
    if (match) {
      const [, constraint = "UNIQUE", first, second] = match;
      const kind = KIND[constraint] ?? "unique";
      if (kind === "foreignKey" && !first) return { kind, ...foreignKeyColumn(chain) };
      return { kind, table: second ? first : undefined, column: second ?? first };
    }
    if (typeof code === "string" && code.startsWith("SQLITE_CONSTRAINT")) {
      const kind = code.includes("NOTNULL")
        ? "notNull"
        : code.includes("FOREIGNKEY")
          ? "foreignKey"
          : code.includes("CHECK")
            ? "check"
            : "unique";
      return { kind };
    }
  }
  return undefined;
}

/**
 * SQLite does not say which foreign key failed; drizzle's error carries the query and its
 * parameters. The table is the one written to, the column the first relationship column given an
 * id: named `<field>_id` (not the row's parent) holding a number, as Payload's SQLite ids are integers
 * (a text column such as `stable_id` is not one); reported as the field name (without `_id`).
 */
const isId = (value: unknown) => typeof value === "number" || typeof value === "bigint";
/** The row's own parent (array rows: `_parent_id`; versions: `parent_id`), never the refused link. */
const PARENT = /^_?parent_id$/;
/** `version_department_id` → `department_id` → `department`. */
const fieldOfColumn = (column: string) => column.replace(/^version_/, "").replace(/_id$/, "");

function foreignKeyColumn(chain: Record<string, unknown>[]): Pick<DatabaseRefusal, "table" | "column"> {
  for (const cause of chain) {
    const query = typeof cause.query === "string" ? cause.query : "";
    const params = Array.isArray(cause.params) ? cause.params : [];
    const insert = /^insert into "([^"]+)" \(([^)]*)\) values \(([^)]*)\)/.exec(query);
    if (insert?.[1] && insert[2] && insert[3]) {
      const columns = insert[2].split(",").map((c) => c.trim().replace(/"/g, ""));
      // Literal values (`null`, `default`) take no parameter: map each "?" to its column.
      let next = 0;
      const values = insert[3].split(",").map((token) => (token.trim() === "?" ? params[next++] : null));
      const index = columns.findIndex((c, i) => /[a-z]_id$/.test(c) && !PARENT.test(c) && isId(values[i]));
      return { table: insert[1], column: index >= 0 ? fieldOfColumn(columns[index] ?? "") : undefined };
    }
    const update = /^update "([^"]+)" set (.*?) where /.exec(query);
    if (update?.[1] && update[2]) {
      const assigned = [...update[2].matchAll(/"([a-z0-9_]+_id)" = \?/g)].map((m) => m[1]);
      const column = assigned.find((c) => c && !PARENT.test(c));
      return { table: update[1], column: column ? fieldOfColumn(column) : undefined };
    }
  }
  return {};
}

const REASON: Record<DatabaseRefusal["kind"], string> = {
  unique: "같은 값이 이미 있습니다. 다른 값을 넣거나, 복사한 내용이라면 고유 ID와 행 ID를 지우고 다시 저장해 주세요.",
  notNull: "값이 비어 있습니다. 값을 넣어 주세요.",
  foreignKey: "연결한 문서가 없습니다. 있는 문서를 골라 주세요.",
  check: "허용되지 않는 값입니다.",
};

/** Content-models label keys of fields whose CMS name differs. */
const LABEL_KEY: Record<string, string> = { stableId: "id", department: "departmentId" };

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * The field path of a refusal inside `slug` (a collection or global): the table suffix after the
 * slug (array/blocks tables are `<slug>_<field>`, version tables `_<slug>_v…`) and the column,
 * both in camelCase, e.g. `policies_contacts.id` → `contacts.id`, `policies.stable_id` → `stableId`.
 */
export function refusedPath(refusal: DatabaseRefusal, slug: string | undefined): string {
  const prefix = (slug ?? "").replaceAll("-", "_");
  let rest = (refusal.table ?? "").replace(/^_/, "");
  if (prefix && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  rest = rest
    .replace(/^_v(?:_|$)/, "")
    .replace(/^version(?:_|$)/, "")
    .replace(/^_/, "");
  const column = refusal.column === "_id" ? "id" : refusal.column;
  return [rest, column]
    .filter((part): part is string => Boolean(part))
    .map(camel)
    .join(".");
}

/**
 * The Korean message for a refusal: names the collection (its Korean label when given), the field
 * (content-models label when known, and its path) and what to do, e.g.
 * "정책 문서를 저장할 수 없습니다. 문의처(contacts.id): 같은 값이 이미 있습니다. …".
 */
export function refusalMessage(refusal: DatabaseRefusal, collectionLabel: string, path: string): string {
  const head = path.split(".")[0] ?? "";
  const labels = FIELD_LABELS as Record<string, string>;
  const fieldLabel = labels[LABEL_KEY[head] ?? head];
  const field = path ? (fieldLabel ? `${fieldLabel}(${path})` : path) : "입력값";
  return `${collectionLabel} 문서를 저장할 수 없습니다. ${field}: ${REASON[refusal.kind]}`;
}
