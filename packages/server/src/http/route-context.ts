import type { Actor, Endpoint, User } from "@painplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A signed-in request: who is asking (read with the session, in one query) and which session. */
export type Authentication = {
  actor: Actor;
  user: User;
  sessionTokenHash: string;
  sessionToken: string;
};

export type RouteContext<E extends Endpoint> = {
  request: FastifyRequest;
  reply: FastifyReply;
  body: Parsed<E["body"]>;
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  /** Present on every route whose access level is not "anonymous". */
  authentication: E["access"] extends "anonymous" ? undefined : Authentication;
};

/** What a download handler returns; `register-endpoint` sets the headers. */
export type FileResult = {
  body: string | Uint8Array;
  fileName: string;
  /** "inline" opens in the browser (a PDF to print); "attachment" saves it. */
  disposition: "inline" | "attachment";
};

export type RouteResult<E extends Endpoint> = E["produces"] extends string
  ? FileResult
  : E["response"] extends z.ZodType
    ? z.input<E["response"]>
    : undefined;

export type RouteHandler<E extends Endpoint> = (
  context: RouteContext<E>,
) => Promise<RouteResult<E>>;
