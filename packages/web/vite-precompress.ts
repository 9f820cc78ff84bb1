import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing; images other than SVG are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|txt|json|webmanifest)$/;

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11) beside every text file of
 * the build, once, so the server sends them without compressing per request
 * (`@fastify/static` `preCompressed`). A twin that would not be smaller is not written.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: "painplan:precompress",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config === undefined) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = (await filesUnder(outDir)).filter((file) => compressible.test(file));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          const [gzipped, brotli] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotliAsync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ]);
          if (gzipped.length < content.length) await writeFile(`${file}.gz`, gzipped);
          if (brotli.length < content.length) await writeFile(`${file}.br`, brotli);
        }),
      );
    },
  };
}
