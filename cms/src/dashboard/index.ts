/**
 * The work dashboard's queries (업무 현황): each takes the Local API, the signed-in staff user and
 * today's KST date, and returns plain data for the admin components and the benchmark. Re-exports only.
 */
export * from "./counts.ts";
export * from "./deploy.ts";
export * from "./missing-info.ts";
export * from "./overdue.ts";
export * from "./query.ts";
export * from "./review-queue.ts";
export * from "./upcoming.ts";
export * from "./verification.ts";
