import { ESLint, type Linter } from "eslint";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const fixtures = "lint-rules/fixtures/packages";

const guardRailRules = new Set([
  "import-x/no-restricted-paths",
  "import-x/no-cycle",
  "react-hooks/rules-of-hooks",
  "no-restricted-syntax",
]);

/**
 * The real eslint.config.js over the planted violations (which the normal lint skips). The type
 * checked rules are switched off: the guard rails need no types, and the fixtures belong to no
 * TypeScript project.
 */
async function guardRailMessages(): Promise<Record<string, string[]>> {
  const eslint = new ESLint({
    cwd: repoRoot,
    ignore: false,
    overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config,
  });
  const results = await eslint.lintFiles([`${fixtures}/**/*.{ts,tsx}`]);
  return Object.fromEntries(
    results.map((result) => [
      result.filePath.slice(repoRoot.length + fixtures.length + 1),
      result.messages
        .filter((message) => message.ruleId !== null && guardRailRules.has(message.ruleId))
        .map((message) => `${message.ruleId ?? ""}: ${message.message}`),
    ]),
  );
}

const sharedFolderMessage = (importPath: string, folder: string) =>
  `import-x/no-restricted-paths: Unexpected path "${importPath}" imported in restricted zone. A shared folder serves every area and never imports one (CONTRIBUTING, "The shape of an area"): move what both need into the shared folder, or pass it in. (${folder})`;

describe("guard rails (lint errors with messages)", () => {
  it("each planted violation is caught, with the message that says what to do", async () => {
    const messages = await guardRailMessages();
    expect(messages).toEqual({
      "core/src/api-contract.ts": [],
      "core/src/diary/diary-rule.ts": [],
      "core/src/diary/uses-contract.ts": [
        'import-x/no-restricted-paths: Unexpected path "../api-contract.js" imported in restricted zone. Nothing inside core imports api-contract.ts or index.ts (they assemble the areas): import the module itself.',
      ],
      "core/src/diary/cycle-a.ts": ["import-x/no-cycle: Dependency cycle detected"],
      "core/src/diary/cycle-b.ts": ["import-x/no-cycle: Dependency cycle detected"],
      "core/src/time/time-rule.ts": [
        sharedFolderMessage("../diary/diary-rule.js", "core/src/time"),
      ],
      "server/src/diary/diary.repository.ts": [],
      "server/src/diary/diary.routes.ts": [
        'import-x/no-restricted-paths: Unexpected path "./diary.repository.js" imported in restricted zone. Routes never import repositories: a route parses, calls a service and answers; the service uses the repository.',
      ],
      "server/src/diary/diary.service.ts": [
        'import-x/no-restricted-paths: Unexpected path "../http/reply-helper.js" imported in restricted zone. Services never import http/: a service holds the use case and knows nothing of requests; throw an ApiError from errors/ instead.',
        "no-restricted-syntax: Dates printed or sent for a person are in their time zone (the record owner's), not the server's or UTC: use core's formatDateIn / localDayOf (core/time/date-format.ts, local-day.ts).",
      ],
      "server/src/http/reply-helper.ts": [
        sharedFolderMessage("../diary/diary.repository.js", "server/src/http"),
      ],
      "web/src/app/app-shell.tsx": [],
      "web/src/ui/page-frame.tsx": [sharedFolderMessage("../diary/diary-page", "web/src/ui")],
      "web/src/diary/diary-page.tsx": [
        'import-x/no-restricted-paths: Unexpected path "../app/app-shell" imported in restricted zone. Web areas never import app/ (the shell mounts the areas, not the other way round): shared pieces belong in ui/, forms/ or api/.',
        expect.stringMatching(
          /^react-hooks\/rules-of-hooks: React Hook "useState" is called conditionally/,
        ),
        "no-restricted-syntax: Dates are shown in the person's time zone, not the device's: use usePersonDates() (ui/person-dates.ts) or core's formatCalendarDate / formatDateIn.",
        "no-restricted-syntax: Dates are shown in the person's time zone, not the device's: use usePersonDates() (ui/person-dates.ts) or core's formatCalendarDate / formatDateIn.",
      ],
    });
  });
});
