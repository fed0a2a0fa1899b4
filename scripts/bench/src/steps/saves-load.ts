import { type LatencyStats, stats } from "../measure/load.ts";

/** One logged-in 편집자 with the policy they edit (as the admin's edit view holds it). */
export type EditorSession = {
  email: string;
  /** `Cookie` header with the login cookie, sent with the admin's `Origin` (Payload's CSRF check). */
  cookie: string;
  policyId: number | string;
  /** The document as the edit view loaded it (`depth=0`, latest draft); every save sends all of it. */
  doc: Record<string, unknown>;
};

/** What one load phase measured: latency of acknowledged saves, errors, lost writes. */
export type SavePhase = LatencyStats & {
  editors: number;
  seconds: number;
  /** Documents whose latest draft (read afterwards) is not the last value the server acknowledged. */
  lost: number;
  /** Acknowledged saves checked: the last acknowledged save of every editor (earlier ones were overwritten by later ones of the same editor). */
  checked: number;
  /** First error messages (at most 3), for the report. */
  errorSamples: string[];
  /** CPU seconds the server used during the phase, and per acknowledged save (ms): load-independent. */
  serverCpuS: number;
  cpuMsPerSave: number;
};

/** The query string of the admin's 임시 저장 (Save draft) button (`SaveDraftButton` of @payloadcms/ui). */
const SAVE_DRAFT_QUERY = "?depth=0&fallback-locale=null&draft=true";
/** Room left in `summary` (TEXT_MAX.policy.summary is larger) for the save's mark. */
const SUMMARY_KEEP = 60;

/** The summary a save writes: the original's start and a mark unique to (editor, save number). */
const markedSummary = (session: EditorSession, n: number) =>
  `${String(session.doc.summary ?? "").slice(0, SUMMARY_KEEP)} (임시 저장 ${session.email.split("@")[0]} #${n})`;

/**
 * Saves a draft as the admin does: `PATCH /api/policies/:id?depth=0&fallback-locale=null&draft=true`,
 * a multipart form whose `_payload` is the whole form (every field) with `_status: "draft"`, sent
 * with the login cookie and the admin's own `Origin`.
 * @throws Error with the HTTP status and the start of the answer when the save is refused.
 */
export async function saveDraft(origin: string, session: EditorSession, summary: string): Promise<void> {
  const form = new FormData();
  form.set("_payload", JSON.stringify({ ...session.doc, summary, _status: "draft" }));
  const response = await fetch(`${origin}/api/policies/${session.policyId}${SAVE_DRAFT_QUERY}`, {
    method: "PATCH",
    headers: { cookie: session.cookie, origin },
    body: form,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
}

/** The `summary` of the latest draft of the session's policy, read as the editor (`?draft=true`). */
async function latestDraftSummary(origin: string, session: EditorSession): Promise<string> {
  const response = await fetch(`${origin}/api/policies/${session.policyId}?depth=0&draft=true`, {
    headers: { cookie: session.cookie, origin },
  });
  if (!response.ok) throw new Error(`GET policy ${session.policyId}: HTTP ${response.status}`);
  return String(((await response.json()) as { summary?: unknown }).summary);
}

/**
 * `sessions.length` editors, each saving a draft of their own policy again as soon as the previous
 * save is answered, for `seconds` (closed loop: the worst case of everyone pressing 저장 at once).
 * Afterwards each policy's latest draft is read back: a document whose `summary` is neither the
 * last acknowledged value nor one of the unacknowledged attempts sent after it is a lost write.
 * `serverCpuS` reads the server's CPU seconds so far (its process tree).
 */
export async function runSavePhase(
  origin: string,
  sessions: EditorSession[],
  seconds: number,
  serverCpuS: () => number,
): Promise<SavePhase> {
  const cpuBefore = serverCpuS();
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const accepted = await Promise.all(
    sessions.map(async (session) => {
      let possible: string[] = [];
      let acknowledged = false;
      for (let n = 1; performance.now() < until; n++) {
        const summary = markedSummary(session, n);
        const t = performance.now();
        try {
          await saveDraft(origin, session, summary);
          latencies.push(performance.now() - t);
          possible = [summary];
          acknowledged = true;
        } catch (error) {
          errors += 1;
          if (errorSamples.length < 3) errorSamples.push(error instanceof Error ? error.message : String(error));
          possible.push(summary);
        }
      }
      return acknowledged ? possible : [];
    }),
  );
  const cpuS = serverCpuS() - cpuBefore;
  let lost = 0;
  let checked = 0;
  for (const [i, session] of sessions.entries()) {
    const possible = accepted[i] ?? [];
    if (possible.length === 0) continue;
    checked += 1;
    if (!possible.includes(await latestDraftSummary(origin, session))) lost += 1;
  }
  return {
    ...stats(latencies, errors, seconds),
    editors: sessions.length,
    seconds,
    lost,
    checked,
    errorSamples,
    serverCpuS: cpuS,
    cpuMsPerSave: latencies.length ? Math.round((cpuS * 1000) / latencies.length) : 0,
  };
}
