import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { precompress } from "./vite-precompress.js";

const apiPort = process.env["PORT"] ?? "3000";

export default defineConfig({
  // precompress: .gz and .br twins of every text file, sent by the server when accepted.
  plugins: [react(), precompress()],
  // "source" makes Vite compile @painplan/core from its TypeScript, so no core build is needed.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  server: {
    proxy: { "/api": { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Inlined assets would become data: URLs; keep every asset a file (CSP-friendly, cacheable).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod probes `new Function` when a schema is built unless told not to (our CSP forbids
          // eval). Its configuration must run before any schema is built, in whichever chunk:
          // keeping zod-setup in zod's own chunk runs it right after zod, before anything else.
          groups: [{ name: "zod", test: /\/node_modules\/zod\/|\/src\/zod-setup\.ts$/ }],
        },
      },
    },
  },
});
