import { createPreviewLink, findPreviewLink } from "../../src/preview/links.ts";
import { api, type Probes, payload, tokens, users } from "./context.ts";
import { fixture } from "./drafted-fixtures.ts";

/**
 * 미리 보기 (`@root` preview and previewView). No draft renderer runs in the matrix
 * (PREVIEW_RENDERER_URL unset), so a request that passes every check of a preview route answers
 * 503 "미리 보기 서버가 켜져 있지 않습니다"; earlier refusals are 401/403/404/410. The renderer's own
 * behaviour is tested end to end in scripts/test/preview.test.ts.
 */
export function previewProbes(): Probes {
  const get = async (actor: keyof typeof tokens, path: string) => {
    const response = await fetch(`${api.url}${path}`, {
      headers: tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {},
    });
    await response.arrayBuffer();
    return response.status;
  };
  return {
    // Allowed = a link was made that names the draft and works (is found in the store).
    preview: {
      rest: async (actor) => {
        const { id } = await fixture("policies", "draft");
        const response = await fetch(`${api.url}/api/preview/${id}`, {
          method: "POST",
          headers: tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {},
        });
        const json = (await response.json()) as { web?: string };
        if (response.status !== 201 || !json.web) return false;
        const found = await findPreviewLink(payload, json.web.split("/").at(-1) as string);
        return found.state === "ok" && String(found.link.policyId) === String(id);
      },
    },
    // A link of the actor's own (the 편집자's for anonymous): allowed = it reached the renderer step.
    previewView: {
      rest: async (actor) => {
        const { id } = await fixture("policies", "draft");
        const owner = users[actor] ?? users.editor;
        const { token } = await createPreviewLink(payload, { policyId: id, userId: owner.id }, 30);
        const statuses = await Promise.all(
          ["", "/style.css", "/print/standard.pdf"].map((suffix) => get(actor, `/api/preview/${token}${suffix}`)),
        );
        return statuses.every((status) => status === 503);
      },
    },
  };
}
