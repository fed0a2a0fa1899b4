import {
  type KstDate,
  OPEN_DATA_DEPARTMENT_COLUMNS,
  OPEN_DATA_POLICY_COLUMNS,
  type OpenDataColumn,
  type Snapshot,
  todayKst,
} from "@lifewelfare/content-models";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { departmentTable, neutraliseFormula, type OpenDataTable, policyTable } from "./open-data.ts";

/** Sheet names of `policies.xlsx`, in order. */
const XLSX_SHEETS = { policies: "정책", departments: "부서", columns: "열 설명" } as const;

/** Headers of the 열 설명 sheet: one row per column of the 정책 and 부서 sheets. */
const XLSX_COLUMN_SHEET_HEADER = ["시트", "열 이름", "뜻", "형식", "예", "공공서비스(혜택) API 항목"];

/** Widest a column gets, in Excel's character units. */
const MAX_WIDTH = 50;

/**
 * `policies.xlsx`: the 정책 and 부서 tables (the same rows as `policies.csv`, from the same column
 * definitions) and a 열 설명 sheet describing every column. Every cell is a text cell formatted as
 * text (`@`), so a spreadsheet never turns the 12-digit 보조금24 서비스ID or a phone number into a
 * number (no exponent form, no lost leading zero) — not even when a user edits it; formula-looking
 * cells get the CSV's leading `'`. The header row is bold and frozen, with a filter.
 *
 * 신청상태 is as of `on` (KST, default today). Deterministic: the document properties' created/modified dates and every ZIP entry's time are
 * the snapshot's publish time (`generatedAt`), so the same edition gives the same bytes (ExcelJS
 * stamps the ZIP entries with the current time; they are repacked with fflate).
 */
export async function toOpenDataXlsx(
  snapshot: Snapshot,
  siteUrl: (policyId: string) => string,
  on: KstDate = todayKst(),
): Promise<Buffer> {
  const published = new Date(snapshot.generatedAt);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = snapshot.guidebook.operatorName;
  workbook.lastModifiedBy = snapshot.guidebook.operatorName;
  workbook.title = `${snapshot.guidebook.title} 공공데이터`;
  workbook.created = published;
  workbook.modified = published;

  addTableSheet(workbook, XLSX_SHEETS.policies, policyTable(snapshot, siteUrl, on));
  addTableSheet(workbook, XLSX_SHEETS.departments, departmentTable(snapshot));
  const describe = (sheet: string, columns: readonly OpenDataColumn[]) =>
    columns.map((c) => [sheet, c.name, c.meaning, c.type, c.example, c.apiField].map(neutraliseFormula));
  addTableSheet(workbook, XLSX_SHEETS.columns, {
    header: XLSX_COLUMN_SHEET_HEADER,
    rows: [
      ...describe(XLSX_SHEETS.policies, OPEN_DATA_POLICY_COLUMNS),
      ...describe(XLSX_SHEETS.departments, OPEN_DATA_DEPARTMENT_COLUMNS),
    ],
  });

  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return Buffer.from(zipSync(unzipSync(written), { level: 9, mtime: published }));
}

/** Adds a sheet with a bold, frozen, filterable header row, text-formatted columns and fitted widths. */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: OpenDataTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.header.map((header, index) => ({
    header,
    width: Math.min(
      MAX_WIDTH,
      Math.max(displayWidth(header), ...table.rows.map((r) => displayWidth(r[index] ?? ""))) + 2,
    ),
    style: { numFmt: "@", alignment: { vertical: "top" } },
  }));
  sheet.addRows(table.rows);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

/** Width of a cell's first line in Excel's character units: Hangul and other wide letters count 2. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.split("\n")[0] ?? "") width += (char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width;
}
