import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

export const openApiPath = "/api/openapi.json";
export const apiDocsPath = "/api/docs";

const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The OpenAPI document is generated from the same zod schemas that validate requests. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "PainPlan API",
        version: "0.1.0",
        description:
          "Signed-in requests use the `pp_session` cookie (`__Host-pp_session` over TLS); unsafe methods also need the `x-csrf-token` header (value of the `pp_csrf` or `__Host-pp_csrf` cookie). Errors are `{ error: { code, message, details? } }`.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: apiDocsPath,
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // Its default policy allows framing and remote fonts; the docs get the app's strict one.
    transformStaticCSP: () => docsContentSecurityPolicy,
  });
  app.get(openApiPath, { schema: { hide: true } }, () => app.swagger());
}
