import { REVIEW_STATES } from "@lifewelfare/content-models";
import type { UIField } from "payload";
import { REVIEW_EVENT_KINDS } from "../collections/ReviewEvents.ts";

const labels = (list: readonly { value: string; label: string }[]) =>
  Object.fromEntries(list.map(({ value, label }) => [value, label]));

/**
 * 검토 패널: a UI field (no data) at the top of a drafted entry's edit view rendering
 * `components/review/ReviewPanel` — the review state, the 반려 사유, the review buttons, the link
 * to the version comparison and 검토 기록. The Korean labels of the states and event kinds are
 * passed as client props (one definition, no copy in the browser code).
 */
export function reviewPanelField(): UIField {
  return {
    name: "reviewPanel",
    type: "ui",
    label: "검토",
    admin: {
      components: {
        Field: {
          path: "/components/review/ReviewPanel#ReviewPanel",
          clientProps: { stateLabels: labels(REVIEW_STATES), kindLabels: labels(REVIEW_EVENT_KINDS) },
        },
      },
    },
  };
}
