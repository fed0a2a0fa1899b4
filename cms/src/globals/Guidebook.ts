import {
  DEFAULT_OPEN_DATA_LICENSE,
  guidebookSettingsSchema,
  OPEN_DATA_LICENSES,
  TEXT_MAX,
} from "@lifewelfare/content-models";
import type { GlobalConfig } from "payload";
import { number } from "payload/shared";
import { draftedGlobalAccess } from "../access/derive.ts";
import { codeListSelect } from "../fields/codeListSelect.ts";
import { httpsUrlField } from "../fields/httpsUrl.ts";
import { label } from "../fields/label.ts";
import { phoneField } from "../fields/phone.ts";
import { reviewField } from "../fields/review.ts";
import { reviewPanelField } from "../fields/reviewPanel.ts";
import { richTextField } from "../fields/richText.ts";
import { ruleMessage, withRule } from "../fields/rules.ts";
import { draftSafetyGlobal } from "../hooks/draftSafety.ts";
import { normalizeNfcGlobal } from "../hooks/normalizeNfc.ts";
import { pruneGlobalDraftVersions } from "../hooks/pruneDrafts.ts";
import { rebuildAfterGlobalChange, rememberLiveGlobalStatus } from "../rebuild/hooks.ts";
import { guidebookReviewEndpoint } from "../review/endpoints.ts";
import { recordReviewOnGlobalSave, reviewStateOnGlobalSave } from "../review/hooks.ts";

/**
 * 안내서 설정: the edition (content-models `guidebookSettingsSchema`); 발간사 is rich text.
 * Drafted and published like policies; `coverMascot` is exported as `coverMascotId`;
 * `openDataLicense` is the 공공누리 type the open data is published under.
 */
export const Guidebook: GlobalConfig = {
  slug: "guidebook",
  label: label("guidebook"),
  admin: { group: "설정" },
  access: draftedGlobalAccess("guidebook"),
  // Unlimited: Payload's cap would delete published versions too; `pruneGlobalDraftVersions` prunes drafts.
  versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true }, max: 0 },
  hooks: {
    beforeOperation: [draftSafetyGlobal],
    beforeValidate: [normalizeNfcGlobal],
    beforeChange: [rememberLiveGlobalStatus, reviewStateOnGlobalSave],
    afterChange: [recordReviewOnGlobalSave, pruneGlobalDraftVersions, rebuildAfterGlobalChange],
  },
  endpoints: [guidebookReviewEndpoint],
  fields: [
    reviewPanelField(),
    { name: "title", type: "text", label: label("title"), required: true, maxLength: TEXT_MAX.guidebook.title },
    { name: "subtitle", type: "text", label: label("subtitle"), maxLength: TEXT_MAX.guidebook.subtitle },
    {
      name: "editionYear",
      type: "number",
      label: label("editionYear"),
      required: true,
      validate: withRule(number, (value) => ruleMessage(guidebookSettingsSchema.shape.editionYear, value)),
    },
    {
      name: "cityName",
      type: "text",
      label: label("cityName"),
      required: true,
      maxLength: TEXT_MAX.guidebook.cityName,
    },
    {
      name: "operatorName",
      type: "text",
      label: label("operatorName"),
      required: true,
      maxLength: TEXT_MAX.guidebook.operatorName,
    },
    {
      name: "isGovernmentOperator",
      type: "checkbox",
      label: label("isGovernmentOperator"),
      defaultValue: false,
      admin: { description: "정부·지자체가 직접 운영할 때만 켭니다(공식 전자정부 누리집 표시)." },
    },
    richTextField("foreword", { required: true }),
    phoneField({ name: "mainPhone", label: label("mainPhone"), required: true }),
    {
      name: "contacts",
      type: "array",
      label: label("contacts"),
      fields: [
        {
          name: "label",
          type: "text",
          label: label("label"),
          required: true,
          maxLength: TEXT_MAX.guidebook.contactLabel,
        },
        phoneField({ required: true }),
      ],
    },
    httpsUrlField("siteOrigin", {
      admin: {
        placeholder: "https://",
        description:
          "안내서의 QR 코드와 짧은 주소, 누리집의 대표 주소에 쓰입니다. 비워 두면 안내서가 '시험 인쇄본'으로 만들어집니다 (SITE_ORIGIN 환경 변수가 있으면 그것이 우선합니다).",
      },
    }),
    { name: "coverMascot", type: "relationship", relationTo: "mascots", label: label("coverMascotId") },
    codeListSelect("openDataLicense", OPEN_DATA_LICENSES, {
      required: true,
      defaultValue: DEFAULT_OPEN_DATA_LICENSE,
      admin: { description: "공공데이터(JSON·CSV·엑셀) 파일의 이용조건입니다. 공공데이터 페이지와 파일에 표시됩니다." },
    }),
    reviewField(),
  ],
};
