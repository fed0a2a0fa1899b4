import type { GuidebookSettingsInput } from "@lifewelfare/content-models";
import type { Guidebook, Mascot } from "../payload-types.ts";
import type { FromCmsContext, Related, ToCmsContext } from "./context.ts";
import { compact, type Exhaustive, type SameNamed, text } from "./values.ts";

/** What `payload.updateGlobal({ slug: "guidebook" })` takes (`openDataLicense` has a CMS default). */
export type GuidebookCmsData = Omit<Guidebook, "id" | "updatedAt" | "createdAt" | "openDataLicense"> &
  Partial<Pick<Guidebook, "openDataLicense">>;

/** What `guidebookToCms` needs: the rich-text converter and the CMS id of the cover mascot. */
export type GuidebookToCmsContext = Pick<ToCmsContext, "toRichText"> & {
  /** CMS id of the mascot with this stable id, or undefined when the CMS has none. */
  mascotDocId: (stableId: string) => Mascot["id"] | undefined;
};

/** Domain 안내서 설정 → `guidebook` data: 발간사 to Lexical, the cover mascot by CMS id. */
export function guidebookToCms(settings: GuidebookSettingsInput, context: GuidebookToCmsContext): GuidebookCmsData {
  const { foreword, coverMascotId, ...same } = settings;
  const fields: SameNamed<typeof same, GuidebookCmsData> = same;
  return {
    ...fields,
    foreword: context.toRichText(foreword),
    coverMascot: coverMascotId ? context.mascotDocId(coverMascotId) : undefined,
  };
}

/** The `guidebook` global (depth 1) → settings input (발간사 as sanitised HTML). */
export function guidebookFromCms(doc: Omit<Guidebook, "id">, context: FromCmsContext): GuidebookSettingsInput {
  const settings: Exhaustive<GuidebookSettingsInput> = {
    title: doc.title,
    subtitle: text(doc.subtitle),
    editionYear: doc.editionYear,
    cityName: doc.cityName,
    operatorName: doc.operatorName,
    isGovernmentOperator: Boolean(doc.isGovernmentOperator),
    foreword: context.toHtml(doc.foreword, "안내서 설정 › 발간사"),
    mainPhone: doc.mainPhone,
    contacts: (doc.contacts ?? []).map((contact) => ({ label: contact.label, phone: contact.phone })),
    siteOrigin: text(doc.siteOrigin),
    coverMascotId: mascotStableId(doc.coverMascot),
    openDataLicense: doc.openDataLicense ?? undefined,
  };
  // Required fields the document lacks stay undefined here; `snapshotSchema` names them on export.
  return compact(settings) as GuidebookSettingsInput;
}

/** The cover mascot's stable id when populated (depth 1); an unpopulated id names no published mascot. */
function mascotStableId(mascot: Related<Mascot>): string | undefined {
  return typeof mascot === "object" && mascot ? text(mascot.stableId) : undefined;
}
