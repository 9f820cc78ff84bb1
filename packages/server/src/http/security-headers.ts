import type { FastifyInstance } from "fastify";
import helmet from "helmet";

/**
 * Strict CSP (no inline scripts or styles), no referrer, nosniff, no framing. The API docs page
 * brings its own hashed CSP (see openapi.ts). Helmet's middleware is built once: the Fastify
 * plugin built it again for every request (a share of GET /api/me's time, bench/).
 */
const applySecurityHeaders = helmet({
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

/** Sets the security headers on every response, before any route runs. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    applySecurityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });
}
