import type { FastifyInstance, onSendHookHandler } from "fastify";

/**
 * Every answer under /api (health data, account details, errors alike) is sent with
 * `Cache-Control: no-store`, so no browser or proxy cache keeps a copy: set with the security
 * headers before any route runs (`security-headers.ts`), and by `sendError` for the errors Fastify
 * raises before that (`frameworkErrors`). The web app's own files are cached as `web-app.ts` decides.
 */
export const apiCacheControl = "no-store";

export function isApiPath(url: string): boolean {
  if (!url.startsWith("/api")) return false;
  const next = url.charCodeAt(4);
  // "/api", "/api/…", "/api?…" (the old check cut the query off first); not "/apiary".
  return Number.isNaN(next) || next === 47 /* / */ || next === 63; /* ? */
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** A route of the contract (`register-endpoint.ts`): it never sets its own Cache-Control. */
    isContractRoute?: boolean;
  }
}

/**
 * Routes under /api from plugins (the API docs' files, the OpenAPI document) may set their own
 * Cache-Control; theirs is replaced on the way out. Contract routes keep the header set at the
 * start, so they pay for no hook on the way out.
 */
export function registerApiCacheControl(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    if (route.config?.isContractRoute === true || !isApiPath(route.url)) return;
    const noStore: onSendHookHandler = (_request, reply, payload, done) => {
      void reply.header("cache-control", apiCacheControl);
      done(null, payload);
    };
    route.onSend = route.onSend === undefined ? [noStore] : [route.onSend, noStore].flat();
  });
}
