/**
 * Test support of the domain, for the tests of every package (`@lifewelfare/content-models/testing`):
 * the shared fixture snapshot, a valid policy to vary, and the 12 flagship policies.
 */
export { fixtureSnapshot } from "./fixture.ts";
export { FLAGSHIP_TITLES } from "./flagships.ts";
export { makePolicy } from "./make-policy.ts";
