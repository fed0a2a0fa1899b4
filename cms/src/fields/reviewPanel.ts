import type { UIField } from "payload";

/**
 * 검토 패널: a UI field (no data) at the top of a drafted entry's edit view rendering
 * `components/review/ReviewPanel` — the review state, the 반려 사유, the review buttons, the link
 * to the version comparison and 검토 기록.
 */
export function reviewPanelField(): UIField {
  return {
    name: "reviewPanel",
    type: "ui",
    label: "검토",
    admin: { components: { Field: "/components/review/ReviewPanel#ReviewPanel" } },
  };
}
