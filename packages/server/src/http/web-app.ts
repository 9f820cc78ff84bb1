import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";
import { ApiError } from "../errors/api-error.js";

/** Vite puts a content hash in every asset name, so an asset never changes under its name. */
const immutable = "public, max-age=31536000, immutable";
/** index.html names the current assets: the browser may keep it but must ask before using it. */
const revalidate = "no-cache";

/**
 * Serves the built web app from `webDistDir` (`WEB_DIST_DIR`): files as they are, the `.br` or
 * `.gz` twin written at build time when the browser accepts it (`Content-Encoding`, with
 * `Vary: accept-encoding`), hashed `/assets/…` cached for a year, `index.html` revalidated
 * (`no-cache`). Any other non-API GET outside `/assets/` gets `index.html` (client-side
 * routes); a missing `/assets/…` file is a JSON 404, so a tab left open across an upgrade
 * fails its lazy import and reloads instead of parsing HTML as JavaScript.
 * Without a build (tests, `vite dev`), only the API answers.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const hasBuild = existsSync(path.join(webDistDir, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          void reply.header("cache-control", immutable);
        } else if (path.basename(filePath).startsWith("index.html")) {
          void reply.header("cache-control", revalidate);
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split("?")[0] ?? "";
    const isPage =
      request.method === "GET" && !pathname.startsWith("/api/") && !pathname.startsWith("/assets/");
    if (hasBuild && isPage) {
      return reply.header("cache-control", revalidate).sendFile("index.html");
    }
    const error = new ApiError("not_found", `No route for ${request.method} ${pathname}.`);
    return reply.status(error.statusCode).header("cache-control", "no-store").send(error.toBody());
  });
}
