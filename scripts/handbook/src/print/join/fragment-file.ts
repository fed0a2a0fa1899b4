import { open, readFile, writeFile } from "node:fs/promises";
import type { Fragment, FragmentMeta } from "./fragment.ts";

/**
 * A fragment on disk (fragment.ts), one file: the length of its description in decimal and a
 * newline, the description as JSON, then the serialized objects. The description can be read
 * without the objects (`readFragmentMeta`).
 */
export async function writeFragmentFile(file: string, fragment: Fragment): Promise<void> {
  const meta = Buffer.from(JSON.stringify(fragment.meta));
  await writeFile(file, Buffer.concat([Buffer.from(`${meta.length}\n`), meta, fragment.body]));
}

/** The fragment in `file` (written by `writeFragmentFile`). */
export async function readFragmentFile(file: string): Promise<Fragment> {
  const bytes = await readFile(file);
  const { meta, bodyStart } = parseHead(bytes, file);
  return { meta, body: bytes.subarray(bodyStart) };
}

/** Only the description of the fragment in `file`, without reading its objects. */
export async function readFragmentMeta(file: string): Promise<FragmentMeta> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(24);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const newline = head.subarray(0, bytesRead).indexOf(10);
    const length = Number(head.toString("latin1", 0, newline));
    if (newline < 1 || !Number.isInteger(length)) throw badFragment(file);
    const json = Buffer.alloc(length);
    await handle.read(json, 0, length, newline + 1);
    return JSON.parse(json.toString("utf8")) as FragmentMeta;
  } finally {
    await handle.close();
  }
}

function parseHead(bytes: Buffer, file: string): { meta: FragmentMeta; bodyStart: number } {
  const newline = bytes.subarray(0, 24).indexOf(10);
  const length = Number(bytes.toString("latin1", 0, newline));
  if (newline < 1 || !Number.isInteger(length) || newline + 1 + length > bytes.length) throw badFragment(file);
  const meta = JSON.parse(bytes.toString("utf8", newline + 1, newline + 1 + length)) as FragmentMeta;
  return { meta, bodyStart: newline + 1 + length };
}

const badFragment = (file: string) => new Error(`안내서 부분 파일이 손상되었습니다 (damaged part file): ${file}`);
