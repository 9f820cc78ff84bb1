import type { FastifyInstance } from "fastify";

function isApiPath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  return path === "/api" || path.startsWith("/api/");
}

/**
 * Every answer under /api (health data, account details, errors alike) is sent with
 * `Cache-Control: no-store`, so no browser or proxy cache keeps a copy. The web app's own files
 * are cached as `http/web-app.ts` decides.
 */
export function registerApiCacheControl(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (isApiPath(request.url)) void reply.header("cache-control", "no-store");
    return payload;
  });
}
