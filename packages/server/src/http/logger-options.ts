import {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from "fastify";

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

/** Levels at which every request gets its log lines (id, method, path, address, status, time). */
const requestLogLevels = new Set(["debug", "trace"]);

function isRequestLogging(level: string): boolean {
  return requestLogLevels.has(level);
}

/**
 * Fastify's request lines ("incoming request", "request completed", "Route … not found") at
 * debug instead of info: at the default level a running server says only what matters (start,
 * stop, warnings, errors), not one line per request. Failed requests are still logged as errors.
 */
export class DebugRequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error !== null && error !== undefined) {
      super.requestCompleted(error, request, reply);
      return;
    }
    reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, "request completed");
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.debug({ req: request }, "route not found");
  }
}

/**
 * Fastify says "Server listening at …" once per address; the CLI prints one friendly line
 * instead, so those lines are kept for LOG_LEVEL=debug too.
 */
export async function listenQuietly(
  app: FastifyInstance,
  options: { port: number; host: string },
): Promise<string> {
  const level = app.log.level;
  if (isRequestLogging(level)) return app.listen(options);
  app.log.level = "warn";
  try {
    return await app.listen(options);
  } finally {
    app.log.level = level;
  }
}
