"use client";
import { Button, toast, useAuth, useFormFields, useFormModified } from "@payloadcms/ui";
import { useId, useState } from "react";
import { kst, type Labels, postJson, useReviewLocation } from "./api.ts";
import { CompareLink } from "./CompareLink.tsx";
import { ReviewHistory } from "./ReviewHistory.tsx";

/**
 * 검토 (the review panel at the top of a drafted entry's edit view, a UI field): the state, the
 * 반려 사유 for the 편집자, the buttons the role and state allow (검토 요청; 게시 승인 now or at a
 * time, 반려 with a required comment; 확인 완료 for 정책), the link to Payload's version comparison
 * and 검토 기록. Actions call `POST …/review` and `POST /api/policies/verify`, then reload the page.
 */
export function ReviewPanel({ stateLabels, kindLabels }: { stateLabels: Labels; kindLabels: Labels }) {
  const location = useReviewLocation();
  const { user } = useAuth<{ role?: string }>();
  const modified = useFormModified();
  const review = useFormFields(([fields]) => ({
    state: (fields["review.state"]?.value as string | undefined) ?? "writing",
    requestedByName: fields["review.requestedByName"]?.value as string | undefined,
    requestedAt: fields["review.requestedAt"]?.value as string | undefined,
    returnedByName: fields["review.returnedByName"]?.value as string | undefined,
    returnedAt: fields["review.returnedAt"]?.value as string | undefined,
    returnComment: fields["review.returnComment"]?.value as string | undefined,
  }));
  const [busy, setBusy] = useState(false);
  const [comment, setComment] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [note, setNote] = useState("");
  const ids = { comment: useId(), publishAt: useId(), note: useId(), heading: useId() };
  if (!location) return null; // a new entry: the panel appears once it is saved
  const reviewer = user?.role === "publisher" || user?.role === "admin";

  const act = async (url: string, body: unknown) => {
    if (modified) {
      toast.error("저장하지 않은 변경 사항이 있습니다. 먼저 저장한 뒤 다시 누르세요.");
      return;
    }
    setBusy(true);
    const { ok, message } = await postJson(url, body);
    setBusy(false);
    if (!ok) return void toast.error(message);
    toast.success(message);
    window.location.reload();
  };
  const transition = (action: string, extra: Record<string, unknown> = {}) =>
    act(`${location.apiBase}/${location.target === location.id ? "" : `${location.id}/`}review`, { action, ...extra });

  return (
    <section className="review-panel" aria-labelledby={ids.heading} data-review-state={review.state}>
      <h3 id={ids.heading}>
        검토 단계: <span className="review-panel__state">{stateLabels[review.state] ?? review.state}</span>
      </h3>
      {review.state === "returned" && review.returnComment ? (
        <div className="review-panel__returned" role="alert">
          <strong>
            반려 사유 ({review.returnedByName}, {kst(review.returnedAt)})
          </strong>
          <p>{review.returnComment}</p>
          <p>고친 뒤 다시 검토를 요청하세요.</p>
        </div>
      ) : null}
      {review.state === "requested" ? (
        <p>
          {review.requestedByName}님이 {kst(review.requestedAt)}에 검토를 요청했습니다.
          {reviewer ? "" : " 검토자의 결정을 기다리는 중입니다."}
        </p>
      ) : null}
      <div className="review-panel__actions">
        {review.state === "writing" || review.state === "returned" ? (
          <Button buttonStyle="primary" disabled={busy} onClick={() => transition("request")}>
            검토 요청
          </Button>
        ) : null}
        {reviewer && review.state === "requested" ? (
          <>
            <fieldset className="review-panel__decision">
              <legend>게시 승인</legend>
              <label htmlFor={ids.publishAt}>예약 게시 시각 (비우면 바로 게시)</label>
              <input
                id={ids.publishAt}
                type="datetime-local"
                value={publishAt}
                onChange={(e) => setPublishAt(e.target.value)}
              />
              <Button
                buttonStyle="primary"
                disabled={busy}
                onClick={() => transition("approve", publishAt ? { publishAt: new Date(publishAt).toISOString() } : {})}
              >
                게시 승인
              </Button>
            </fieldset>
            <fieldset className="review-panel__decision">
              <legend>반려</legend>
              <label htmlFor={ids.comment}>반려 사유 (필수, 편집자에게 보입니다)</label>
              <textarea id={ids.comment} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
              <Button buttonStyle="secondary" disabled={busy} onClick={() => transition("return", { comment })}>
                반려
              </Button>
            </fieldset>
          </>
        ) : null}
      </div>
      {reviewer && location.isPolicy ? (
        <div className="review-panel__verify">
          <label htmlFor={ids.note}>확인 메모 (선택)</label>
          <input id={ids.note} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          <Button
            buttonStyle="secondary"
            disabled={busy}
            onClick={() =>
              act(`${location.api}/policies/verify`, { ids: [Number(location.id)], ...(note ? { note } : {}) })
            }
          >
            확인 완료 (오늘 날짜로 검토일 갱신)
          </Button>
        </div>
      ) : null}
      <p>
        <CompareLink location={location} />
      </p>
      <ReviewHistory location={location} kindLabels={kindLabels} />
    </section>
  );
}
