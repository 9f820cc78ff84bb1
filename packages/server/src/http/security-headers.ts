import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import { apiCacheControl, isApiPath } from "./api-cache-control.js";

/**
 * Strict CSP (no inline scripts or styles), no referrer, nosniff, no framing. The API docs page
 * brings its own hashed CSP (see openapi.ts).
 */
const securityMiddleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: "no-referrer" },
  crossOriginEmbedderPolicy: false,
  frameguard: { action: "deny" },
});

/**
 * The headers helmet sets, worked out once: they depend on the options only, never on the
 * request. Running helmet's middleware chain and Node's header checks for each of them on every
 * request was about a tenth of GET /api/me's CPU time (bench/).
 */
export function helmetHeaders(): Record<string, string> {
  const headers = new Map<string, string>();
  const state = { isDone: false };
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.set(name.toLowerCase(), String(value));
    },
    removeHeader: (name: string) => {
      headers.delete(name.toLowerCase());
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  type Middleware = (request: unknown, response: unknown, next: (error?: unknown) => void) => void;
  (securityMiddleware as Middleware)({}, response, (error?: unknown) => {
    if (error !== undefined) throw new Error("helmet refused its own options", { cause: error });
    state.isDone = true;
  });
  // Helmet's middleware is synchronous; if that ever changed, fail at start, not per request.
  if (!state.isDone) throw new Error("helmet did not finish synchronously");
  return Object.fromEntries(headers);
}

/**
 * Sets the security headers on every response before any route runs, and for every answer under
 * /api `Cache-Control: no-store` as well (`api-cache-control.ts`), in one hook.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const pageHeaders = helmetHeaders();
  const apiHeaders = { ...pageHeaders, "cache-control": apiCacheControl };
  app.addHook("onRequest", (request, reply, done) => {
    void reply.headers(isApiPath(request.url) ? apiHeaders : pageHeaders);
    done();
  });
}
