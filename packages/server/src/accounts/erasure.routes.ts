import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { originOf } from "./accounts.routes.js";
import type { AccountsService } from "./accounts.service.js";
import type { AccountErasure } from "./erasure.service.js";
import type { PasskeyService } from "./passkeys.service.js";
import { clearSignInSessionCookies } from "./sign-in-session-cookies.js";

export function erasureRoutes(
  route: RouteRegistrar,
  accounts: AccountsService,
  erasure: AccountErasure,
  passkeys: PasskeyService,
): void {
  route(endpoints.eraseMe, async ({ reader, body, request, reply }) => {
    // A password is checked under the sign-in throttle, so this is no password oracle; a
    // passkey answers a single-use challenge given to this account.
    if (body.passkey === undefined) {
      await accounts.confirmPassword(
        { userId: reader.user.id, email: reader.user.email },
        originOf(request),
        body.password ?? "",
        "password",
      );
    } else {
      await passkeys.confirm(reader.user.id, body.passkey);
    }
    await erasure.erase(reader.user.id);
    clearSignInSessionCookies(request, reply);
    return undefined;
  });
}
