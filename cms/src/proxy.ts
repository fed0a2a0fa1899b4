import { type NextRequest, NextResponse } from "next/server";
import { FIRST_USER_COOKIE, FIRST_USER_COOKIE_MAX_AGE } from "./auth/firstUserToken.ts";

/**
 * Next proxy (formerly middleware), only for `/admin/create-first-user`. Opening the link that
 * `pnpm start` prints (`…/admin/create-first-user?token=<token>`) stores the token in a short-lived
 * HttpOnly, SameSite=Strict cookie scoped to `/api/users/first-register` — the path the admin's form
 * posts to, where `auth/firstUserGuard.ts` checks it — and redirects to the same page without the
 * token, so it stays out of the address bar, the history and any Referer.
 */
export function proxy(request: NextRequest): NextResponse {
  const token = request.nextUrl.searchParams.get("token");
  if (!token) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.searchParams.delete("token");
  const response = NextResponse.redirect(target, 303);
  response.headers.set("cache-control", "no-store");
  response.cookies.set(FIRST_USER_COOKIE, token.slice(0, 128), {
    httpOnly: true,
    sameSite: "strict",
    secure: request.nextUrl.protocol === "https:",
    path: "/api/users/first-register",
    maxAge: FIRST_USER_COOKIE_MAX_AGE,
  });
  return response;
}

export const config = { matcher: ["/admin/create-first-user"] };
