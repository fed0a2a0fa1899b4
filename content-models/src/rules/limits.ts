/**
 * Maximum lengths, in characters, of the domain's text fields, by document and field. The zod
 * schemas (`koreanText({ max })`) and the CMS fields (`maxLength`) both read them, so a limit is
 * stated once.
 */
export const TEXT_MAX = {
  policy: {
    title: 100,
    summary: 200,
    amountLabel: 80,
    contactLabel: 80,
    receivingOrganization: 120,
    periodDescription: 200,
    statusNote: 200,
    /** Each entry of 구비서류 and of 근거 법령·조례. */
    listEntry: 200,
    verificationNote: 300,
  },
  eligibility: { ruleLabel: 100, otherDescription: 200 },
  department: { name: 80, team: 80, organization: 80, location: 200, description: 500 },
  guidebook: { title: 80, subtitle: 120, cityName: 40, operatorName: 60, contactLabel: 60 },
  mascot: { name: 40, usageNotes: 1000 },
  /** 대체 텍스트 of any image (media, mascot). */
  imageAlt: 300,
} as const;
