import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** PUBLIC_URL is https: people reach the app over TLS whatever the last hop was. */
    isPublicUrlHttps: boolean;
  }
}

export function registerPublicUrl(app: FastifyInstance, publicUrl: string): void {
  app.decorate("isPublicUrlHttps", publicUrl.startsWith("https:"));
}

/**
 * The browser talks to us over TLS: the request arrived over https (behind a trusted proxy, its
 * X-Forwarded-Proto says so) or PUBLIC_URL is https.
 */
export function isServedOverTls(request: FastifyRequest): boolean {
  return request.protocol === "https" || request.server.isPublicUrlHttps;
}
