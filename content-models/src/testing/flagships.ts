/**
 * The titles of the 12 flagship policies of 광양시 (the product brief's list): the seed content and
 * the fixture snapshot must hold each of them, and so must every export made from them.
 */
export const FLAGSHIP_TITLES: readonly string[] = [
  "65세 이상 어르신 시내버스 무료",
  "공공심야 달빛어린이병원",
  "고등학생 인터넷 강의 수강료 지원",
  "태아 정밀건강검진비 지원",
  "24시 열린어린이집",
  "아빠 육아휴직 장려금",
  "광양형 한부모가족 지원",
  "어린이 중증환자 교통비 지원",
  "다태아 안심단체보험",
  "초등입학기 10시 출근제",
  "작은결혼식(스몰웨딩) 지원",
  "임신축하금",
];
