import { describe, expect, test } from "vitest";
import { areasFor, builtAreas } from "./areas";

const slugs = (role: Parameters<typeof areasFor>[0]) => areasFor(role).map((area) => area.slug);

describe("areasFor: what the menu and the dashboard list for a role", () => {
  test("an admin sees the credential checks as well as every area for everyone", () => {
    expect(slugs("admin")).toContain("credential-checks");
    expect(slugs("admin")).toContain("diary");
  });

  test.each(["patient", "practitioner", undefined] as const)(
    "%s never sees the credential checks",
    (role) => {
      expect(slugs(role)).not.toContain("credential-checks");
      expect(slugs(role)).toContain("directory");
    },
  );

  test("areas still to come are listed to nobody", () => {
    expect(slugs("admin")).not.toContain("progress");
    expect(builtAreas.every((area) => area.isBuilt)).toBe(true);
  });
});
