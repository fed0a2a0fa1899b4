export * from "./gov24-fields.ts";
export * from "./openapi.ts";
export * from "./schemas.ts";
