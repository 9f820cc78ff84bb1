import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { AccountErasure } from "./erasure.service.js";
import { clearSignInSessionCookies } from "./sign-in-session-cookies.js";

export function erasureRoutes(route: RouteRegistrar, erasure: AccountErasure): void {
  route(endpoints.eraseMe, async ({ reader, body, request, reply }) => {
    await erasure.erase(reader.user.id, body.password);
    clearSignInSessionCookies(request, reply);
    return undefined;
  });
}
