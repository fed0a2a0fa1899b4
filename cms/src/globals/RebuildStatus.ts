import type { GlobalConfig } from "payload";
import { isAdmin } from "../access/isAdmin.ts";
import { isStaff } from "../access/isStaff.ts";
import { REBUILD_STATUS_SLUG } from "../rebuild/status.ts";
import { REBUILD_STATES } from "../rebuild/types.ts";

const states = REBUILD_STATES.map((s) => ({ value: s.value, label: s.label }));
const stamp = { date: { pickerAppearance: "dayAndTime" as const, displayFormat: "yyyy. M. d. HH:mm:ss" } };

/**
 * 배포 상태: what the rebuild trigger did last (step, message, time), the last success and failure,
 * and a short history; written by the system, read by all staff. The 지금 다시 만들기 button calls
 * `POST /api/rebuild`.
 */
export const RebuildStatus: GlobalConfig = {
  slug: REBUILD_STATUS_SLUG,
  label: "배포 상태",
  admin: {
    group: "설정",
    description: "게시·게시 취소 후 사이트를 다시 만드는 작업의 상태입니다. 실패해도 게시한 내용은 저장되어 있습니다.",
  },
  access: { read: isStaff, update: isAdmin },
  fields: [
    { name: "rebuildNow", type: "ui", admin: { components: { Field: "/components/RebuildButton#RebuildButton" } } },
    { name: "state", type: "select", label: "상태", options: states, defaultValue: "idle", admin: { readOnly: true } },
    { name: "step", type: "text", label: "단계", admin: { readOnly: true } },
    { name: "message", type: "textarea", label: "메시지", admin: { readOnly: true } },
    { name: "at", type: "date", label: "시각", admin: { readOnly: true, ...stamp } },
    { name: "lastSucceededAt", type: "date", label: "마지막 성공", admin: { readOnly: true, ...stamp } },
    { name: "lastFailedAt", type: "date", label: "마지막 실패", admin: { readOnly: true, ...stamp } },
    { name: "lastFailureMessage", type: "textarea", label: "마지막 실패 내용", admin: { readOnly: true } },
    {
      name: "history",
      type: "array",
      label: "기록",
      labels: { singular: "기록", plural: "기록" },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: "at", type: "date", label: "시각", admin: stamp },
        { name: "state", type: "select", label: "상태", options: states },
        { name: "step", type: "text", label: "단계" },
        { name: "message", type: "textarea", label: "메시지" },
        { name: "changes", type: "textarea", label: "변경 내용" },
      ],
    },
  ],
};
