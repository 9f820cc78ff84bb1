import type { FastifyServerOptions } from "fastify";

type RequestLike = { method: string; url: string; ip: string; id: string };

/**
 * Logs say what happened, never what was written: no bodies, no query strings, no headers
 * (cookies!), no health data. See docs/security.md.
 */
export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
    serializers: {
      req: (request: RequestLike) => ({
        id: request.id,
        method: request.method,
        path: request.url.split("?")[0],
        ip: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
