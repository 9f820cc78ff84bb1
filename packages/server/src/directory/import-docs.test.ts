import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvColumns } from "./import-csv-columns.js";

const docs = readFileSync(new URL("../../../../docs/directory-import.md", import.meta.url), "utf8");

describe("docs/directory-import.md", () => {
  it("documents every CSV column, in order, with the meaning the code gives it", () => {
    const documented = [...docs.matchAll(/^\| `([a-z0-9_]+)` \| (.*) \|$/gm)].map(
      ([, name, meaning]) => [name, meaning?.replaceAll("\\|", "|")],
    );
    expect(documented).toEqual(csvColumns.map(([name, meaning]) => [name, meaning]));
  });
});
