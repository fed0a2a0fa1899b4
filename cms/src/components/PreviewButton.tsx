"use client";
import { Button, Popup, toast, useConfig, useDocumentInfo, useFormModified } from "@payloadcms/ui";
import { useState } from "react";

/** The addresses `POST /api/preview/:id` answers with (endpoints/preview.ts). */
type PreviewLinks = {
  web: string;
  print: Record<"standard" | "large", { pdf: string; png: string }>;
  expiresAt: string;
};

const EDITIONS = [
  { id: "standard", label: "표준판" },
  { id: "large", label: "큰 글자판" },
] as const;

/**
 * 미리 보기 in a policy's edit view (the collection's `PreviewButton` slot): asks for an expiring
 * link to the latest saved draft, opens the web page in a new tab and lists the handbook previews
 * (PDF and page image, both editions). Unsaved changes are not in the preview: it says so.
 */
export function PreviewButton() {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig();
  const { id } = useDocumentInfo();
  const modified = useFormModified();
  const [busy, setBusy] = useState(false);
  const [links, setLinks] = useState<PreviewLinks | null>(null);

  const onClick = async () => {
    if (!id) return;
    if (modified) toast.info("저장하지 않은 변경은 미리 보기에 나오지 않습니다. 먼저 초안을 저장하세요.");
    // Opened now, while the click still counts as the user's (a window opened after the request is blocked).
    const tab = window.open("", "_blank");
    if (tab) tab.opener = null;
    setBusy(true);
    try {
      const response = await fetch(`${serverURL}${api}/preview/${encodeURIComponent(String(id))}`, {
        method: "POST",
        credentials: "include",
      });
      const body = (await response.json().catch(() => ({}))) as Partial<PreviewLinks> & { message?: string };
      if (!response.ok || !body.web || !body.print) {
        tab?.close();
        toast.error(body.message ?? `미리 보기를 만들지 못했습니다 (HTTP ${response.status}).`);
        return;
      }
      setLinks(body as PreviewLinks);
      if (tab) tab.location.href = `${serverURL}${body.web}`;
    } catch {
      tab?.close();
      toast.error("미리 보기를 만들지 못했습니다. 네트워크를 확인하세요.");
    } finally {
      setBusy(false);
    }
  };

  const expires = links ? new Date(links.expiresAt).toLocaleTimeString("ko-KR", { timeStyle: "short" }) : "";
  return (
    <>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        disabled={busy || !id}
        tooltip={id ? undefined : "먼저 초안을 저장하세요"}
        onClick={onClick}
      >
        {busy ? "미리 보기 준비 중…" : "미리 보기"}
      </Button>
      {/* Payload's popup (drawn in a portal, as the ⋮ menu beside it) lists the addresses. */}
      <Popup
        buttonType="none"
        forceOpen={Boolean(links)}
        horizontalAlign="left"
        onToggleClose={() => setLinks(null)}
        render={() =>
          links && (
            <nav aria-label="미리 보기 주소" style={{ padding: "0.75rem 1rem" }}>
              <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
                <li>
                  <a href={`${serverURL}${links.web}`} target="_blank" rel="noopener noreferrer">
                    누리집 화면
                  </a>
                </li>
                {EDITIONS.map((edition) => (
                  <li key={edition.id}>
                    안내서 {edition.label}:{" "}
                    <a href={`${serverURL}${links.print[edition.id].pdf}`} target="_blank" rel="noopener noreferrer">
                      PDF
                    </a>{" "}
                    ·{" "}
                    <a href={`${serverURL}${links.print[edition.id].png}`} target="_blank" rel="noopener noreferrer">
                      쪽 그림(PNG)
                    </a>
                  </li>
                ))}
              </ul>
              <p style={{ margin: "0.5rem 0 0" }}>{expires}까지 열 수 있습니다.</p>
            </nav>
          )
        }
      />
    </>
  );
}
