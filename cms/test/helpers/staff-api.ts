import type { Payload } from "payload";
import { startTempCms } from "../../src/testing/temp-cms.ts";
import { createStaff } from "./cms.ts";
import { client, login, serveApi } from "./http.ts";

type Client = ReturnType<typeof client>;

/**
 * CMS environment with anonymous reads on (`CMS_PUBLIC_READ`) and no practical limit: for tests of
 * what residents' anonymous API reads return (published content only).
 */
export const PUBLIC_READ_ON = { CMS_PUBLIC_READ: "true", CMS_PUBLIC_READ_PER_MINUTE: "1000000" };

/** A temporary CMS with staff, served over real HTTP, and a JSON client per caller. */
export type StaffApi = {
  payload: Payload;
  staff: Awaited<ReturnType<typeof createStaff>>;
  /** The served REST and GraphQL API (`serveApi`). */
  url: string;
  /** Clients: no token; the 편집자's; the 검토자's. */
  anon: Client;
  editor: Client;
  publisher: Client;
  close: () => Promise<void>;
};

/**
 * Starts a temporary CMS (`startTempCms(name, extra)`), creates the staff (`createStaff`), serves the API
 * on 127.0.0.1 and logs in the 편집자 and the 검토자. Call in `beforeAll`; `close()` in `afterAll`.
 */
export async function startStaffApi(name: string, extra: Record<string, string> = {}): Promise<StaffApi> {
  const cms = await startTempCms(name, extra);
  const staff = await createStaff(cms.payload);
  const api = await serveApi((await import("../../src/payload.config.ts")).default);
  return {
    payload: cms.payload,
    staff,
    url: api.url,
    anon: client(api.url),
    editor: client(api.url, await login(api.url, "editor@example.kr")),
    publisher: client(api.url, await login(api.url, "publisher@example.kr")),
    close: async () => {
      await api.close();
      await cms.close();
    },
  };
}
