import type { Endpoint } from "@painplan/core";
import type { FastifyInstance } from "fastify";
import { registerEndpoint, type RouteGuards } from "./register-endpoint.js";
import type { RouteHandler } from "./route-context.js";

/** `route(endpoint, handler)`: the one way an area adds an HTTP operation. */
export type RouteRegistrar = <E extends Endpoint>(endpoint: E, handler: RouteHandler<E>) => void;

export function routeRegistrar(app: FastifyInstance, guards: RouteGuards): RouteRegistrar {
  return (endpoint, handler) => {
    registerEndpoint(app, guards, endpoint, handler);
  };
}
