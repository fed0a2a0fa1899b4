import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { OPEN_DATA_DEPARTMENT_COLUMNS, OPEN_DATA_POLICY_COLUMNS, type Snapshot } from "@lifewelfare/content-models";
import { SHARED_FIXTURE } from "@lifewelfare/handbook/testing";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSnapshot } from "../src/export/write-snapshot.ts";

const FORMULA_TITLE = '=HYPERLINK("http://example.invalid","x")';
/** A 보조금24 서비스ID with leading zeros (교육부's form): a number would lose them. */
const GOV24_ID = "000000465790";

let work: string;
let dir: string;
let snapshot: Snapshot;

/** Writes the shared fixture, with a 보조금24 id and a formula-looking title on its first policy, to `target`. */
async function writeFixture(target: string) {
  return writeSnapshot({
    dir: target,
    snapshot,
    files: [],
    siteUrl: (id) => `https://guide.example.kr/p/${id}/`,
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-data-files-"));
  snapshot = JSON.parse(await readFile(SHARED_FIXTURE, "utf8"));
  Object.assign(snapshot.policies[0]!, { gov24ServiceId: GOV24_ID, title: FORMULA_TITLE });
  dir = join(work, "snapshot");
  await writeFixture(dir);
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const readWorkbook = async (file: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return workbook;
};
const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
/** The cell of `column` (a header) in the row whose `keyColumn` holds `key`. */
function cellAt(sheet: ExcelJS.Worksheet, keyColumn: string, key: string, column: string): ExcelJS.Cell {
  const header = headerOf(sheet);
  const keyIndex = header.indexOf(keyColumn) + 1;
  const columnIndex = header.indexOf(column) + 1;
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(keyIndex).value === key) return sheet.getRow(r).getCell(columnIndex);
  }
  throw new Error(`no row with ${keyColumn} = ${key}`);
}

describe("policies.xlsx", () => {
  test("has the 정책, 부서 and 열 설명 sheets with the shared column headers and a frozen header row", async () => {
    const workbook = await readWorkbook(join(dir, "policies.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["정책", "부서", "열 설명"]);
    const [policies, departments] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(headerOf(policies)).toEqual(OPEN_DATA_POLICY_COLUMNS.map((c) => c.name));
    expect(headerOf(departments)).toEqual(OPEN_DATA_DEPARTMENT_COLUMNS.map((c) => c.name));
    expect(policies.rowCount).toBe(snapshot.policies.length + 1);
    expect(departments.rowCount).toBe(snapshot.departments.length + 1);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("the 12-digit 보조금24 id and phone numbers are text cells formatted as text; a formula-looking title is neutralised", async () => {
    const workbook = await readWorkbook(join(dir, "policies.xlsx"));
    const policies = workbook.getWorksheet("정책")!;
    const departments = workbook.getWorksheet("부서")!;
    const id = snapshot.policies[0]!.id;
    const gov24 = cellAt(policies, "서비스ID", id, "보조금24서비스ID");
    expect(gov24.type).toBe(ExcelJS.ValueType.String);
    expect(gov24.value).toBe(GOV24_ID);
    expect(gov24.numFmt).toBe("@");
    const department = snapshot.departments.find((d) => d.phone)!;
    const phone = cellAt(departments, "부서ID", department.id, "전화번호");
    expect(phone.type).toBe(ExcelJS.ValueType.String);
    expect(phone.value).toBe(department.phone);
    expect(phone.numFmt).toBe("@");
    const title = cellAt(policies, "서비스ID", id, "서비스명");
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'${FORMULA_TITLE}`);
    // No cell of any sheet is a number or a formula.
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String)),
      );
    }
  });

  test("the 열 설명 sheet describes every column of both tables with its 공공서비스 API field", async () => {
    const sheet = (await readWorkbook(join(dir, "policies.xlsx"))).getWorksheet("열 설명")!;
    expect(headerOf(sheet)).toEqual(["시트", "열 이름", "뜻", "형식", "예", "공공서비스(혜택) API 항목"]);
    const described: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) described.push(`${row.getCell(1).value}:${row.getCell(2).value}`);
    });
    expect(described).toEqual([
      ...OPEN_DATA_POLICY_COLUMNS.map((c) => `정책:${c.name}`),
      ...OPEN_DATA_DEPARTMENT_COLUMNS.map((c) => `부서:${c.name}`),
    ]);
    expect(cellAt(sheet, "열 이름", "보조금24서비스ID", "공공서비스(혜택) API 항목").value).toBe("서비스ID");
  });

  test("an unchanged edition gives identical bytes, every ZIP entry dated at the publish time", async () => {
    const again = join(work, "again");
    await writeFixture(again);
    const first = await readFile(join(dir, "policies.xlsx"));
    expect((await readFile(join(again, "policies.xlsx"))).equals(first)).toBe(true);
    const published = new Date(snapshot.generatedAt);
    const dosDate = ((published.getFullYear() - 1980) << 9) | ((published.getMonth() + 1) << 5) | published.getDate();
    const dosTime = (published.getHours() << 11) | (published.getMinutes() << 5) | (published.getSeconds() >> 1);
    let entries = 0;
    // Local file headers (PK\3\4): time at +10, date at +12, sizes known up front (no data descriptor).
    for (let at = 0; first.readUInt32LE(at) === 0x04034b50; entries++) {
      expect([first.readUInt16LE(at + 10), first.readUInt16LE(at + 12)]).toEqual([dosTime, dosDate]);
      at += 30 + first.readUInt32LE(at + 18) + first.readUInt16LE(at + 26) + first.readUInt16LE(at + 28);
    }
    expect(entries).toBeGreaterThan(5);
    const workbook = await readWorkbook(join(dir, "policies.xlsx"));
    expect(workbook.created.toISOString()).toBe(published.toISOString());
    expect(workbook.modified.toISOString()).toBe(published.toISOString());
  });
});

describe("policies.csv read without BOM handling", () => {
  /** Python's csv module (which keeps a BOM unless told): the first header as Python sees it. */
  const firstHeader = async (encoding: string) => {
    const script = `import csv, json, sys\nwith open(sys.argv[1], encoding=sys.argv[2], newline="") as f:\n    print(json.dumps(next(csv.reader(f))[0]))`;
    const { stdout } = await promisify(execFile)("python3", ["-c", script, join(dir, "policies.csv"), encoding]);
    return JSON.parse(stdout);
  };

  test('the documented hint (encoding="utf-8-sig") gives 서비스ID; plain utf-8 gives \\ufeff서비스ID', async () => {
    expect(await firstHeader("utf-8-sig")).toBe("서비스ID");
    expect(await firstHeader("utf-8")).toBe("\ufeff서비스ID");
  });
});

describe("policies.json and policies.schema.json", () => {
  const validator = async () => {
    const schema = JSON.parse(await readFile(join(dir, "policies.schema.json"), "utf8"));
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    return ajv.compile(schema);
  };

  test("the published JSON names its schema and validates against it", async () => {
    const json = JSON.parse(await readFile(join(dir, "policies.json"), "utf8"));
    expect(json.$schema).toBe("./policies.schema.json");
    expect(json.license).toBe("공공누리 제1유형: 출처표시");
    const validate = await validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  test("the schema rejects a policy with a wrong 보조금24 id or a missing title", async () => {
    const json = JSON.parse(await readFile(join(dir, "policies.json"), "utf8"));
    json.policies[0].gov24ServiceId = 465790;
    delete json.policies[1].title;
    const validate = await validator();
    expect(validate(json)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(["/policies/0/gov24ServiceId", "/policies/1"]);
  });
});
