/**
 * `pnpm --filter @lifewelfare/site fonts`: regenerates src/styles/fonts.css from the installed
 * pretendard-gov (run it after upgrading the package; test/fonts.test.ts fails until then).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pretendardGovDynamicSubsetCss, siteFontFaces } from "./src/fonts/font-faces.ts";

const target = join(import.meta.dirname, "src/styles/fonts.css");
await writeFile(target, siteFontFaces(await pretendardGovDynamicSubsetCss()));
console.log(`${target} written`);
