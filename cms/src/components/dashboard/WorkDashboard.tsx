import { formatKstDate, todayKst } from "@lifewelfare/content-models";
import type { Payload } from "payload";
import { hasRole } from "../../access/roles.ts";
import { policyCounts } from "../../dashboard/counts.ts";
import { deployStatus } from "../../dashboard/deploy.ts";
import { missingInfo } from "../../dashboard/missing-info.ts";
import { overdueReview } from "../../dashboard/overdue.ts";
import { type DashboardContext, pageNumber } from "../../dashboard/query.ts";
import { myReturned, pendingReview } from "../../dashboard/review-queue.ts";
import { UPCOMING_DAYS, upcomingChanges } from "../../dashboard/upcoming.ts";
import { toVerify } from "../../dashboard/verification.ts";
import { env } from "../../env.ts";
import type { User } from "../../payload-types.ts";
import { MissingTable, OverdueTable, PendingTable, ReturnedTable, UpcomingTable } from "./Lists.tsx";
import { CountsPanel, DeployPanel } from "./Overview.tsx";
import { Section } from "./Section.tsx";
import { VerifyList } from "./VerifyList.tsx";
import "./dashboard.scss";

type Props = { payload: Payload; user?: User | null; searchParams?: Record<string, string | string[] | undefined> };

/**
 * 업무 현황, the admin home (Payload `admin.components.beforeDashboard`, above the collection
 * cards): the work lists of the signed-in staff member, each paged by its own query parameter
 * (`?pending=2#pending`), dates in KST. Renders nothing for anyone who is not staff; every query
 * runs as the user (`overrideAccess: false`).
 */
export async function WorkDashboard({ payload, user, searchParams = {} }: Props) {
  if (!user || !hasRole({ ...user, collection: "users" }, "admin", "editor", "publisher")) return null;
  const ctx: DashboardContext = { payload, user, today: todayKst() };
  const page = (key: string) => pageNumber(searchParams[key]);
  const [pending, returned, verify, overdue, upcoming, missing, counts, deploy] = await Promise.all([
    pendingReview(ctx, page("pending")),
    myReturned(ctx, page("returned")),
    toVerify(ctx, page("verify")),
    overdueReview(ctx, env.REVIEW_OVERDUE_MONTHS, page("overdue")),
    upcomingChanges(ctx, page("upcoming")),
    missingInfo(ctx, page("missing")),
    policyCounts(ctx),
    deployStatus(ctx, env.SITE_ORIGIN),
  ]);
  const common = { searchParams };
  return (
    <div className="work-dashboard">
      <h1>업무 현황</h1>
      <p>
        {user.name || user.email}님, 오늘은 {formatKstDate(ctx.today)} 입니다 (한국 시간).
      </p>
      <div className="work-dashboard__grid">
        <Section
          id="pending"
          title="검토 대기"
          description="검토를 요청받은 항목입니다. 오래 기다린 것부터 보입니다."
          list={pending}
          empty="검토를 기다리는 항목이 없습니다."
          {...common}
        >
          <PendingTable rows={pending.rows} />
        </Section>
        <Section
          id="returned"
          title="반려됨"
          description="내가 검토를 요청했다가 반려된 항목과 그 사유입니다."
          list={returned}
          empty="반려된 항목이 없습니다."
          {...common}
        >
          <ReturnedTable rows={returned.rows} />
        </Section>
        <Section
          id="verify"
          title="확인 중"
          description="내용 확인이 필요하다고 표시된 정책을 부서별로 모았습니다."
          list={verify}
          empty="확인 중인 정책이 없습니다."
          {...common}
        >
          <VerifyList
            groups={verify.rows}
            canVerify={hasRole({ ...user, collection: "users" }, "admin", "publisher")}
          />
        </Section>
        <Section
          id="overdue"
          title="검토 기한 지남"
          description={`마지막 검토일이 ${env.REVIEW_OVERDUE_MONTHS}개월보다 오래된 정책입니다 (${formatKstDate(overdue.dueBefore)} 전에 검토).`}
          list={overdue}
          empty="검토 기한이 지난 정책이 없습니다."
          {...common}
        >
          <OverdueTable rows={overdue.rows} />
        </Section>
        <Section
          id="upcoming"
          title="곧 바뀜"
          description={`오늘부터 ${UPCOMING_DAYS}일 안에 시행일·종료일·신청기한이 오는 게시 정책입니다.`}
          list={upcoming}
          empty={`${UPCOMING_DAYS}일 안에 바뀌는 정책이 없습니다.`}
          {...common}
        >
          <UpcomingTable rows={upcoming.rows} />
        </Section>
        <Section
          id="missing"
          title="빠진 정보"
          description="연락처 전화번호, 신청방법 안내, 출처 주소 중 하나가 없는 게시 정책입니다."
          list={missing}
          empty="정보가 빠진 게시 정책이 없습니다."
          {...common}
        >
          <MissingTable rows={missing.rows} />
        </Section>
        <DeployPanel status={deploy} />
        <CountsPanel {...counts} />
      </div>
    </div>
  );
}
