import { decideRouteAccess, type Endpoint } from "@painplan/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ApiError } from "./api-error.js";
import { checkCsrf } from "./csrf.js";
import type { Authentication, FileResult, RouteContext, RouteHandler } from "./route-context.js";

export type Authenticator = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<Authentication | undefined>;

function routeSchema(endpoint: Endpoint) {
  return {
    summary: endpoint.summary,
    tags: [endpoint.tag],
    ...(endpoint.params === undefined ? {} : { params: endpoint.params }),
    ...(endpoint.query === undefined ? {} : { querystring: endpoint.query }),
    ...(endpoint.body === undefined ? {} : { body: endpoint.body }),
    ...(endpoint.response === undefined
      ? {}
      : { response: { [endpoint.successStatus]: endpoint.response } }),
  };
}

/** Downloads hold health data: never cached, and named so a browser saves them sensibly. */
function sendFile(reply: FastifyReply, mediaType: string, file: FileResult) {
  const isText = mediaType.startsWith("text/") || mediaType === "application/json";
  const asciiName = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return reply
    .status(200)
    .header("content-type", isText ? `${mediaType}; charset=utf-8` : mediaType)
    .header(
      "content-disposition",
      `${file.disposition}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header("cache-control", "no-store")
    .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
}

/**
 * Registers one endpoint of the contract: schemas validate input and output, the access policy
 * and CSRF check run before the handler. Every route goes through here.
 */
export function registerEndpoint<E extends Endpoint>(
  app: FastifyInstance,
  authenticate: Authenticator,
  endpoint: E,
  handler: RouteHandler<E>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: endpoint.path,
    schema: routeSchema(endpoint),
    handler: async (request, reply) => {
      const authentication =
        endpoint.access === "anonymous" ? undefined : await authenticate(request, reply);
      const decision = decideRouteAccess(endpoint.access, authentication?.actor);
      if (decision.outcome === "unauthenticated") {
        throw new ApiError("unauthenticated", "Please sign in.");
      }
      if (decision.outcome === "forbidden") {
        throw new ApiError("forbidden", "Your account cannot do this.");
      }
      checkCsrf(request, authentication);
      // The route schemas validated body, params and query; the cast names their static types.
      const context = {
        request,
        reply,
        body: request.body,
        params: request.params,
        query: request.query,
        authentication,
      } as unknown as RouteContext<E>;
      const result = await handler(context);
      if (endpoint.produces !== undefined) {
        return sendFile(reply, endpoint.produces, result as FileResult);
      }
      return reply.status(endpoint.successStatus).send(result);
    },
  });
}
