import type { Endpoint, RecordAccess } from "@painplan/core";
import type { Authentication, RecordOwner } from "../audit/reader.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteContext<E extends Endpoint> = {
  request: FastifyRequest;
  reply: FastifyReply;
  body: Parsed<E["body"]>;
  params: Parsed<E["params"]>;
  query: Parsed<E["query"]>;
  /** Who is asking: present on every route whose access level is not "anonymous". */
  reader: E["access"] extends "anonymous" ? undefined : Authentication;
  /** Whose records these are: present on every route that declares `record` in the contract. */
  owner: E["record"] extends RecordAccess ? RecordOwner : undefined;
};

/** What a download handler returns; `register-endpoint` sets the headers. */
export type FileResult = {
  /**
   * The whole file, or its text in pieces (an async iterable, e.g. an export read page by page):
   * pieces are sent as they come, so the file is never held whole in memory.
   */
  body: string | Uint8Array | AsyncIterable<string>;
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
