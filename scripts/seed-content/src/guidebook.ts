import type { SeedGuidebook } from "./types.ts";

/**
 * Settings of the 2026 edition. We are not the city, so `isGovernmentOperator` is false and the
 * KRDS official masthead must not be shown.
 */
export const seedGuidebook: SeedGuidebook = {
  title: "광양시 생애복지 안내서",
  subtitle: "태아부터 어르신까지, 광양 시민이 받을 수 있는 복지를 한 권에",
  editionYear: 2026,
  cityName: "광양시",
  operatorName: "광양시",
  isGovernmentOperator: false,
  foreword: `## 발간사

복지 제도는 많지만, 정작 나에게 맞는 제도를 찾기는 어렵습니다. 이 안내서는 광양에 사는 누구나 자기 나이와 가정 형편에 맞는 지원을 쉽게 찾을 수 있도록 만들었습니다.

임신과 출산부터 영유아, 아동, 청소년, 청년, 중장년, 노년까지 생애주기별로 장을 나누었고, 모든 시민이 함께 받는 제도는 '공통' 장에 모았습니다. 제도마다 지원대상, 지원내용, 신청방법, 문의처를 같은 순서로 적었습니다.

- '확인 중' 표시가 있는 제도는 금액이나 조건을 시에서 아직 확인하고 있는 것입니다. 신청하기 전에 꼭 문의처에 전화해 주세요.
- 제도는 해마다 바뀔 수 있습니다. 가장 최신 내용은 누리집에서 확인할 수 있습니다.

이 안내서가 도움이 필요한 순간에 곁에 있는 든든한 길잡이가 되기를 바랍니다.`,
  // No source found for the city hall's main number; 여성가족과 is published in
  // https://m.segye.com/view/20260112508087 and is used until the city confirms its main number.
  mainPhone: "061-797-2776",
  contacts: [
    { label: "광양시 여성가족과", phone: "061-797-2776" },
    { label: "광양시보건소 출생보건과", phone: "061-797-4758" },
    { label: "광양시보건소 건강증진과", phone: "061-797-4049" },
    { label: "보건복지상담센터", phone: "129" },
  ],
  // No public address yet: the city has not announced the site's domain. Left empty so that the
  // handbook is printed as a test edition (시험 인쇄본) until 안내서 설정 or SITE_ORIGIN sets it.
  coverMascotId: "mascot-default",
};
