import type { DepartmentInput } from "@lifewelfare/content-models";

/**
 * Departments and outside bodies that run the seeded policies. Phone numbers are only those
 * published in the cited sources (shared/docs/domain-research.md §1 and the news articles named
 * below); a department whose number was not found has none, and its policies are marked 확인 중.
 */
export const seedDepartments: DepartmentInput[] = [
  {
    id: "women-family",
    name: "여성가족과",
    organization: "광양시",
    // Published in https://m.segye.com/view/20260112508087 (아빠 육아휴직 장려금).
    phone: "061-797-2776",
    description: "아빠 육아휴직 장려금, 한부모가족 지원, 아이키움센터(가족돌봄팀) 등 가족·돌봄 업무",
    order: 1,
  },
  {
    id: "birth-health",
    name: "출생보건과",
    team: "출생지원팀",
    organization: "광양시보건소",
    // Published in https://korea-data.com/benefit/484000000137 (출생축하금).
    phone: "061-797-4758",
    description: "임신축하금, 출생축하금, 결혼축하금 등 출생 지원 업무",
    order: 2,
  },
  {
    id: "maternal-health",
    name: "출생보건과",
    team: "모자보건팀",
    organization: "광양시보건소",
    // Published in https://kr.care/?p=45299 (난임부부 교통비).
    phone: "061-797-4026",
    description: "난임부부 지원, 임산부·영유아 건강 업무",
    order: 3,
  },
  {
    id: "health-promotion",
    name: "건강증진과",
    organization: "광양시보건소",
    // Published as (061)797-4049 in https://jnnews.co.kr/news/view.php?idx=394526.
    phone: "061-797-4049",
    description: "어린이 중증환자 교통비 지원 등 건강증진 업무",
    order: 4,
  },
  {
    id: "health-admin",
    name: "보건행정과",
    organization: "광양시보건소",
    description: "50~64세 독감 무료 예방접종 등 보건행정 업무",
    order: 5,
  },
  {
    id: "public-health-center",
    name: "광양시보건소",
    organization: "광양시",
    description: "공공심야 달빛어린이병원 지정·운영 등 보건소 업무",
    order: 6,
  },
  {
    id: "population-policy",
    name: "전략정책실",
    team: "인구정책팀",
    organization: "광양시",
    // Published in http://www.bzeronews.com/news/articleView.html?idxno=532158 (2021).
    phone: "061-797-1940",
    description: "은퇴자 생애 재설계 등 인구정책 업무(전화번호는 2021년 보도 기준)",
    order: 7,
  },
  {
    id: "library",
    name: "도서관과",
    team: "도서관지원팀",
    organization: "광양시립도서관",
    // Published (with 3856) in http://knews1.kr/print.php?aid=9512862545.
    phone: "061-797-3853",
    description: "청년 도서구입비 지원 등 도서관 업무",
    order: 8,
  },
  {
    id: "education-youth",
    name: "교육청소년과",
    organization: "광양시",
    description: "고3 자격증 취득비용, 장학금 접수 등 교육·청소년 업무",
    order: 9,
  },
  {
    id: "resident-welfare",
    name: "주민생활지원과",
    team: "희망복지지원팀",
    organization: "광양시",
    description: "저소득층 교복 구입비 등 생활 지원 업무",
    order: 10,
  },
  {
    id: "safety",
    name: "안전과",
    organization: "광양시",
    description: "시민안전보험 업무",
    order: 11,
  },
  {
    id: "tourism",
    name: "관광과",
    organization: "광양시",
    description: "전남 행복여행 모집 업무",
    order: 12,
  },
  {
    id: "baegun-scholarship",
    name: "(재)백운장학회",
    organization: "광양시 출연 장학재단",
    description: "장학금, 고등학생 인터넷 강의 수강권 지원",
    order: 13,
  },
  {
    id: "childcare-foundation",
    name: "(재)광양시어린이보육재단",
    organization: "광양시 출연 재단",
    description: "다태아 안심단체보험, 어린이 1인 1악기 교육",
    order: 14,
  },
  {
    id: "jeonnam",
    name: "전라남도",
    organization: "전라남도청",
    description: "도 단위 사업(청년 문화복지카드, 결혼축하금, 공공산후조리원, 참전명예수당 등). 접수는 광양시 읍·면·동",
    order: 20,
  },
  {
    id: "mohw-129",
    name: "보건복지상담센터",
    organization: "보건복지부",
    // 국번 없이 129: https://www.newsis.com/view/NISX20171219_0000180514 ; https://m.sedaily.com/NewsViewAmp/1HW873QYUZ
    phone: "129",
    description: "복지 제도 상담(평일 9~18시)과 위기 상담(365일 24시간)",
    order: 30,
  },
  {
    id: "nps",
    name: "국민연금공단",
    organization: "보건복지부 산하 공공기관",
    // Listed as 국민연금(1355) in https://m.imaeil.com/page/view/2005110417273987453.
    phone: "1355",
    description: "기초연금 신청 접수(지사 방문)",
    order: 31,
  },
];
