import { expect, test } from "vitest";
import { timeZoneGroups } from "./time-zones";

test("zones are grouped by region and labelled by place, region included", () => {
  const pacific = timeZoneGroups("").find((group) => group.region === "Pacific");
  expect(pacific?.options).toContainEqual({
    value: "Pacific/Auckland",
    label: "Auckland (Pacific)",
  });
});

test("deeper zones and underscores read naturally", () => {
  const america = timeZoneGroups("").find((group) => group.region === "America");
  expect(america?.options).toContainEqual({
    value: "America/Indiana/Tell_City",
    label: "Indiana – Tell City (America)",
  });
});

test("the current value is always offered, even if this browser does not list it", () => {
  const zones = timeZoneGroups("Etc/Unknown_Test").flatMap((group) => group.options);
  expect(zones.map((zone) => zone.value)).toContain("Etc/Unknown_Test");
});
