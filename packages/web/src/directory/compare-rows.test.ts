import { describe, expect, test } from "vitest";
import { personDates } from "../ui/person-dates";
import { aProfile } from "./a-practitioner-profile";
import { compareRows } from "./compare-rows";
import { profileOf } from "./practitioner-mapping";

const dates = personDates("America/New_York", new Date("2026-11-30T15:00:00Z"));

describe("the side-by-side table", () => {
  const first = profileOf(aProfile(), undefined, new Map(), dates);
  const second = profileOf(
    aProfile({
      id: "00000000-0000-4000-8000-000000000002",
      displayName: "Kim Lee",
      modalities: ["deep-tissue-massage"],
      slidingScale: null,
      licences: [],
      isAcceptingNewClients: false,
    }),
    undefined,
    new Map([["deep-tissue-massage", "blood thinners"]] as const),
    dates,
  );
  const rows = compareRows([first, second], {
    today: dates.today,
    country: "US",
    planCostFor: () => [],
  });
  const row = (label: string) => rows.find((candidate) => candidate.label === label)?.cells;

  test("one cell per practitioner in every row, in the order picked", () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const each of rows) expect(each.cells).toHaveLength(2);
  });

  test("what matters first is said in words, with how sure it is", () => {
    expect(row("Fit for you")?.[1]).toBe(
      "Not a match: Deep tissue massage: your safety answers say to avoid it (blood thinners).",
    );
    expect(row("Taking new clients")).toEqual([
      "Yes (not verified: ask them)",
      "No (not verified: ask them)",
    ]);
    expect(row("Licences")?.[0]).toBe(
      "Licence MA.123456, NY, until 31 March 2027 (verified 3 months ago by Admin Ada)",
    );
    expect(row("Licences")?.[1]).toBe("—");
    expect(row("Sliding scale")).toEqual(["50 USD to 90 USD: by income, no proof asked", "No"]);
    expect(row("Your plan with them")).toEqual(["—", "—"]);
    expect(row("Prices")?.[0]).toBe("60 min 90 USD · 90 min 120 USD");
  });
});
