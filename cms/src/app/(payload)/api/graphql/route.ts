/* Payload GraphQL API, behind the same body limit and login rate limits as REST. */
import config from "@payload-config";
import { GRAPHQL_POST, REST_OPTIONS } from "@payloadcms/next/routes";
import { guardApi } from "../../../../server/guardApi.ts";

export const POST = guardApi(GRAPHQL_POST(config));
export const OPTIONS = REST_OPTIONS(config);
