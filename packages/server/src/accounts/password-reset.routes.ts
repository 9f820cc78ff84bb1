import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PasswordResetService, ResetLinkSender } from "./password-reset.service.js";

/** Forgotten passwords: ask for a link by e-mail, then use it once. */
export function passwordResetRoutes(
  route: RouteRegistrar,
  resets: PasswordResetService,
  send: ResetLinkSender | undefined,
): void {
  route(endpoints.requestPasswordReset, ({ body, request }) =>
    resets.requestByEmail(body.email, request.ip, send),
  );

  route(endpoints.resetPassword, async ({ body }) => {
    await resets.reset(body.token, body.newPassword);
    return undefined;
  });
}
