import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";
import { ApiError } from "../errors/api-error.js";

/**
 * Serves the built web app, with index.html for any other non-API GET (client-side routes).
 * Without a build (tests, `vite dev`), only the API answers.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const hasBuild = existsSync(path.join(webDistDir, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      setHeaders: (response, filePath) => {
        // Vite puts a content hash in every asset name, so they never change.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          void response.header("cache-control", "public, max-age=31536000, immutable");
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/");
    if (hasBuild && isPage) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    const error = new ApiError(
      "not_found",
      `No route for ${request.method} ${request.url.split("?")[0] ?? ""}.`,
    );
    return reply.status(error.statusCode).send(error.toBody());
  });
}
