"use client";
import { Button, toast, useConfig } from "@payloadcms/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { VerifyGroup } from "../../dashboard/verification.ts";

/** The path of the verification action (built by the workflow): `{ ids, note? }` marks policies checked. */
export const VERIFY_PATH = "/policies/verify";

/**
 * 확인 중, one page grouped by department with each policy's verification note. For 검토자 and
 * 관리자 (`canVerify`) every policy has a checkbox, and 확인 완료 sends the checked ids and an
 * optional note to `POST /api/policies/verify`, then reloads the dashboard; 편집자 see the list only.
 */
export function VerifyList({ groups, canVerify }: { groups: VerifyGroup[]; canVerify: boolean }) {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig();
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ids = form.getAll("id").map(Number);
    const note = String(form.get("note") ?? "").trim();
    if (!ids.length) {
      toast.error("확인한 정책을 하나 이상 고르세요.");
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`${serverURL}${api}${VERIFY_PATH}`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(note ? { ids, note } : { ids }),
      });
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      if (!response.ok) throw new Error(body.message ?? `확인 처리 실패 (HTTP ${response.status})`);
      toast.success(body.message ?? `${ids.length}건을 확인했습니다.`);
      router.refresh();
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "확인 처리를 요청하지 못했습니다.");
    } finally {
      setBusy(false);
    }
  };

  const list = groups.map((group) => (
    <div key={group.departmentId ?? "none"} className="work-dashboard__group">
      <h3>{group.departmentName}</h3>
      <ul>
        {group.rows.map((row) => (
          <li key={row.id}>
            {canVerify && (
              <input
                type="checkbox"
                name="id"
                value={row.id}
                id={`verify-${row.id}`}
                aria-label={`${row.title} 확인`}
              />
            )}{" "}
            <a href={row.href}>{row.title}</a>
            {row.verificationNote && <span className="work-dashboard__note"> — {row.verificationNote}</span>}
          </li>
        ))}
      </ul>
    </div>
  ));
  if (!canVerify) return <>{list}</>;
  return (
    <form onSubmit={onSubmit} aria-label="확인 완료 처리">
      {list}
      <label htmlFor="verify-note">확인 메모 (선택)</label>
      <textarea id="verify-note" name="note" rows={2} maxLength={500} />
      <Button buttonStyle="primary" type="submit" disabled={busy}>
        {busy ? "처리 중…" : "고른 정책 확인 완료"}
      </Button>
    </form>
  );
}
