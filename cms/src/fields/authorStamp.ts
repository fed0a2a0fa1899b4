import type { TextField } from "payload";
import { isStaff } from "../access/isStaff.ts";
import { writtenByServer } from "../access/writtenByServer.ts";

/**
 * "Who wrote it": the staff member's 이름 (else e-mail) stamped by the server — `createdBy` when
 * the document is created (a duplicate too), `updatedBy` on every save by a logged-in user. Kept as
 * text rather than a relationship: 편집자 may not read other accounts (`users.readOthers` is
 * 관리자 only), so a relationship would show them bare ids, and the stamp outlives a deleted
 * account. API callers cannot write it; anonymous callers cannot read it. Server code without a
 * user (seed, import) leaves what it is given.
 */
export function authorStampField(name: "createdBy" | "updatedBy"): TextField {
  return {
    name,
    type: "text",
    label: name === "createdBy" ? "처음 작성한 사람" : "마지막 수정한 사람",
    access: { read: isStaff, create: writtenByServer, update: writtenByServer },
    admin: { position: "sidebar", readOnly: true },
    hooks: {
      beforeChange: [
        ({ operation, req, value }) => {
          const user = req.user as { name?: string | null; email?: string | null } | null;
          const who = user?.name?.trim() || user?.email;
          if (!who || (name === "createdBy" && operation !== "create")) return value;
          return who;
        },
      ],
    },
  };
}
