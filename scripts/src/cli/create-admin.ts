/**
 * pnpm create-admin --email <e-mail> --password <password> [--name <이름>] — creates a 관리자 account
 * from the server's console (the Local API, so no HTTP and no first-user token are involved). Works on
 * an empty database (the first 관리자; the one-time link token is then deleted) and when staff already
 * exist. The password rule of the CMS applies. Exits 1 with a Korean message on bad input.
 */
import { parseArgs } from "node:util";
import { deleteFirstUserToken } from "@lifewelfare/cms/auth/firstUserToken";
import { passwordProblem } from "@lifewelfare/cms/auth/passwordRule";
import { cmsEnvironment, openCms } from "./cms.ts";

const USAGE = "사용법: pnpm create-admin --email <이메일> --password <비밀번호> [--name <이름>]";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { email?: string; password?: string; name?: string };
try {
  ({ values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
    strict: true,
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const email = values.email?.trim().toLowerCase();
const password = values.password;
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`이메일 주소를 --email 로 주세요.\n${USAGE}`);
if (!password) fail(`비밀번호를 --password 로 주세요.\n${USAGE}`);
const problem = passwordProblem(password, email);
if (problem) fail(problem);

const payload = await openCms();
try {
  const existing = await payload.count({ collection: "users", where: { email: { equals: email } } });
  if (existing.totalDocs > 0)
    fail(`${email} 계정이 이미 있습니다. 다른 이메일을 쓰거나 관리자 화면에서 역할을 바꾸세요.`);
  await payload.create({
    collection: "users",
    data: { email, password, role: "admin", name: values.name?.trim() || "관리자" },
    overrideAccess: true,
  });
  deleteFirstUserToken(cmsEnvironment().FIRST_USER_TOKEN_FILE as string);
  console.log(`관리자 계정을 만들었습니다: ${email}`);
} finally {
  await payload.destroy();
}
