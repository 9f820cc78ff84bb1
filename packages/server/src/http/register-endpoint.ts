import { decideRouteAccess, type Endpoint } from "@painplan/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Readable } from "node:stream";
import { ApiError } from "../errors/api-error.js";
import { checkCsrf } from "./csrf.js";
import type { RecordAccessService } from "../audit/record-access.service.js";
import type { Authentication, RecordOwner } from "../audit/reader.js";
import type { FileResult, RouteContext, RouteHandler } from "./route-context.js";

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

function fileBody(body: FileResult["body"]): string | Buffer | Readable {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  // Pulled piece by piece as the client reads (back-pressure); an error ends the response.
  return Readable.from(body, { objectMode: false });
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
    .send(fileBody(file.body));
}

/** What route registration needs besides the endpoint: who is asking, and whose records. */
export type RouteGuards = {
  authenticate: Authenticator;
  records: RecordAccessService;
  /** Counts a signed-in request against its account's quota; throws 429 past it. */
  takeRequest?: (userId: string) => Promise<void>;
  /** Counts the handler while it runs, so closing waits for it (`in-flight.ts`). */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
};

/** Authorizes the reader for the records the path names (404 otherwise) and loads their owner. */
async function recordOwner(
  endpoint: Endpoint,
  records: RecordAccessService,
  reader: Authentication | undefined,
  request: FastifyRequest,
): Promise<RecordOwner | undefined> {
  if (endpoint.record === undefined) return undefined;
  if (reader === undefined) throw new ApiError("unauthenticated", "Please sign in.");
  return records.authorize({
    record: endpoint.record,
    isWrite: endpoint.method !== "GET",
    reader,
    params: request.params as Record<string, string>,
    log: request.log,
  });
}

/**
 * Registers one endpoint of the contract: schemas validate input and output; the access policy,
 * CSRF and (for a person's records) the record gate run before the handler, which receives
 * `{ reader, owner }`. Every route goes through here.
 */
export function registerEndpoint<E extends Endpoint>(
  app: FastifyInstance,
  guards: RouteGuards,
  endpoint: E,
  handler: RouteHandler<E>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: endpoint.method,
    url: endpoint.path,
    schema: routeSchema(endpoint),
    config: { isContractRoute: true },
    handler: (request, reply) =>
      guards.track === undefined
        ? handle(request, reply)
        : guards.track(() => handle(request, reply)),
  });

  async function handle(request: FastifyRequest, reply: FastifyReply) {
    const reader =
      endpoint.access === "anonymous" ? undefined : await guards.authenticate(request, reply);
    const decision = decideRouteAccess(endpoint.access, reader?.actor);
    if (decision.outcome === "unauthenticated") {
      throw new ApiError("unauthenticated", "Please sign in.");
    }
    if (decision.outcome === "forbidden") {
      throw new ApiError("forbidden", "Your account cannot do this.");
    }
    checkCsrf(request, reader);
    if (reader !== undefined) await guards.takeRequest?.(reader.user.id);
    const owner = await recordOwner(endpoint, guards.records, reader, request);
    // The route schemas validated body, params and query; the cast names their static types.
    const context = {
      request,
      reply,
      body: request.body,
      params: request.params,
      query: request.query,
      reader,
      owner,
    } as unknown as RouteContext<E>;
    const result = await handler(context);
    if (endpoint.produces !== undefined) {
      return sendFile(reply, endpoint.produces, result as FileResult);
    }
    return reply.status(endpoint.successStatus).send(result);
  }
}
