import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The tests' own production build of the web app, which every server a journey starts serves
 * (`WEB_DIST_DIR`). `packages/web/dist` is what `npm start` serves: a test run never touches it,
 * so a running server keeps working — and a fresh clone, which has no `packages/web/dist`, still
 * has pages to test.
 */
export const testWebDistDir = path.join(repoRoot, ".test-artifacts/web-dist");
