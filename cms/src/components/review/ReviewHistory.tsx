"use client";
import { useEffect, useState } from "react";
import { getJson, kst, type Labels, type ReviewLocation } from "./api.ts";

type ReviewEvent = {
  id: number;
  kind: string;
  createdAt: string;
  actorName?: string;
  actorRole?: string;
  comment?: string | null;
  publishAt?: string | null;
};

/** 검토 기록: the document's review events (`review-events`), newest first, 20 at most. */
export function ReviewHistory({ location, kindLabels }: { location: ReviewLocation; kindLabels: Labels }) {
  const [events, setEvents] = useState<ReviewEvent[] | undefined>();
  useEffect(() => {
    const query = new URLSearchParams({
      "where[target][equals]": location.target,
      "where[documentId][equals]": location.id,
      sort: "-createdAt",
      limit: "20",
      depth: "0",
    });
    void getJson<{ docs: ReviewEvent[] }>(`${location.api}/review-events?${query}`).then((r) =>
      setEvents(r?.docs ?? []),
    );
  }, [location]);

  return (
    <details className="review-history">
      <summary>검토 기록{events ? ` (${events.length}건)` : ""}</summary>
      {events === undefined ? (
        <p>불러오는 중…</p>
      ) : events.length === 0 ? (
        <p>아직 기록이 없습니다.</p>
      ) : (
        <ol className="review-history__list">
          {events.map((event) => (
            <li key={event.id}>
              <strong>{kindLabels[event.kind] ?? event.kind}</strong> · {event.actorRole} {event.actorName} ·{" "}
              <time dateTime={event.createdAt}>{kst(event.createdAt)}</time>
              {event.publishAt ? ` · 게시 예정 ${kst(event.publishAt)}` : ""}
              {event.comment ? <blockquote>{event.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
