import { codeEntry } from "@lifewelfare/content-models";
import type { Endpoint } from "payload";
import { ROLES } from "../access/roles.ts";
import { may } from "../access/table.ts";
import { rebuildFor } from "../rebuild/index.ts";

/**
 * `POST /api/rebuild`: staff trigger the site rebuild by hand (the 배포 상태 button). Starts it
 * now, without waiting for the debounce, and answers 202 at once; the outcome is written to
 * 배포 상태. Anonymous callers get 401.
 */
export const rebuildEndpoint: Endpoint = {
  path: "/rebuild",
  method: "post",
  handler: async (req) => {
    if (!may(req, "@root", "trigger")) {
      return Response.json({ message: "로그인한 직원만 재빌드를 요청할 수 있습니다." }, { status: 401 });
    }
    // 배포 상태 is read by all staff: name the requester by role and name, never by e-mail.
    const user = req.user as { role?: string; name?: string | null } | null;
    const role = codeEntry(ROLES, user?.role ?? "")?.label ?? "직원";
    const who = user?.name?.trim() ? `${role} ${user.name.trim()}` : role;
    void rebuildFor(req.payload).flush({
      entity: "manual",
      documentId: "manual",
      title: `${who}의 요청`,
      action: "manual",
      at: new Date().toISOString(),
    });
    return Response.json({ message: "재빌드를 시작했습니다. 결과는 배포 상태에서 확인하세요." }, { status: 202 });
  },
};
