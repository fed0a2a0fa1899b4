import type { CountRow } from "../../dashboard/counts.ts";
import type { DeployStatus } from "../../dashboard/deploy.ts";
import { kstDayTime } from "./format.ts";

/** 배포 상태: the last run (state, step, message, KST time), the last failure and the live site link. */
export function DeployPanel({ status }: { status: DeployStatus }) {
  const failed = status.state === "failed";
  return (
    <section className="work-dashboard__section" id="deploy" aria-labelledby="deploy-title">
      <h2 id="deploy-title">배포 상태</h2>
      <dl className="work-dashboard__facts">
        <dt>마지막 실행</dt>
        <dd className={failed ? "work-dashboard__failed" : undefined}>
          {status.stateLabel} · {kstDayTime(status.at)}
        </dd>
        {status.step && (
          <>
            <dt>{failed ? "실패한 단계" : "단계"}</dt>
            <dd>{status.step}</dd>
          </>
        )}
        {status.message && (
          <>
            <dt>메시지</dt>
            <dd className="work-dashboard__note">{status.message}</dd>
          </>
        )}
        {status.lastFailedAt && !failed && (
          <>
            <dt>마지막 실패</dt>
            <dd>
              {kstDayTime(status.lastFailedAt)} {status.lastFailureMessage}
            </dd>
          </>
        )}
        <dt>누리집</dt>
        <dd>
          {status.siteUrl ? (
            <a href={status.siteUrl} target="_blank" rel="noopener noreferrer">
              {status.siteUrl} (새 창)
            </a>
          ) : (
            "누리집 주소가 설정되지 않았습니다 (안내서 설정의 누리집 주소 또는 SITE_ORIGIN)."
          )}
        </dd>
      </dl>
      <p>
        <a href="/admin/globals/rebuild-status">배포 상태 자세히 보기</a>
      </p>
    </section>
  );
}

/** A list of counts, each linked to the policy list filtered by that heading. */
function CountList({ title, rows }: { title: string; rows: CountRow[] }) {
  return (
    <div className="work-dashboard__counts">
      <h3>{title}</h3>
      <ul>
        {rows.map((row) => (
          <li key={row.href}>
            <a href={row.href}>{row.label}</a> <span>{row.count}건</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 정책 수: per 생애주기 and per 부서. */
export function CountsPanel({ lifeStages, departments }: { lifeStages: CountRow[]; departments: CountRow[] }) {
  return (
    <section className="work-dashboard__section" id="counts" aria-labelledby="counts-title">
      <h2 id="counts-title">정책 수</h2>
      <CountList title="생애주기별" rows={lifeStages} />
      <CountList title="부서별" rows={departments} />
    </section>
  );
}
