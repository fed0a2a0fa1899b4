import { type CollectionBeforeOperationHook, ValidationError } from "payload";
import { passwordProblem } from "./passwordRule.ts";

/**
 * beforeOperation (users): applies `passwordProblem` wherever a password is set — create (also the
 * first 관리자 and `pnpm create-admin`), update and reset-password — over every API.
 * @throws ValidationError naming the `password` field with the Korean reason.
 */
export const enforcePasswordRule: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== "create" && operation !== "update" && operation !== "resetPassword") return args;
  const data = args.data as { email?: unknown; password?: unknown } | undefined;
  if (typeof data?.password !== "string") return args;
  let email = typeof data.email === "string" ? data.email : undefined;
  const id = "id" in args ? args.id : undefined;
  if (!email && operation === "update" && (typeof id === "string" || typeof id === "number")) {
    const user = await req.payload
      .findByID({ collection: "users", id, overrideAccess: true, depth: 0, req })
      .catch(() => undefined);
    email = user?.email;
  }
  const problem = passwordProblem(data.password, email);
  if (problem) {
    throw new ValidationError({ collection: "users", errors: [{ message: problem, path: "password" }] }, req.t);
  }
  return args;
};
