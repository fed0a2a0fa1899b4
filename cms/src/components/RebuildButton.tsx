"use client";
import { Button, toast, useConfig } from "@payloadcms/ui";
import { useState } from "react";

/** 지금 다시 만들기: asks the CMS to rebuild the site now (POST /api/rebuild) and reports the outcome. */
export function RebuildButton() {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      const response = await fetch(`${serverURL}${api}/rebuild`, { method: "POST", credentials: "include" });
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      if (response.ok) toast.success(body.message ?? "재빌드를 요청했습니다.");
      else toast.error(body.message ?? `재빌드 요청 실패 (HTTP ${response.status})`);
    } catch {
      toast.error("재빌드를 요청하지 못했습니다. 네트워크를 확인하세요.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ marginBottom: "1.5rem" }}>
      <Button buttonStyle="primary" disabled={busy} onClick={onClick}>
        {busy ? "요청 중…" : "지금 사이트 다시 만들기"}
      </Button>
      <p style={{ marginTop: "0.5rem" }}>새로고침하면 아래 상태와 기록이 갱신됩니다.</p>
    </div>
  );
}
