import type { Fit } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { personDates } from "../ui/person-dates";
import { aProfile } from "./a-practitioner-profile";
import { profileOf, summaryOf } from "./practitioner-mapping";

const fit: Fit = {
  score: 0,
  level: "not-a-match",
  summary: "8 km · neuropathy experience",
  reasons: [
    { kind: "match", text: "neuropathy experience" },
    { kind: "unverified", text: "'accepting new clients' not verified" },
    {
      kind: "mismatch",
      text: "Deep tissue massage: your safety answers say to avoid it (blood thinners).",
    },
  ],
  avoidModalities: [
    {
      modality: "deep-tissue-massage",
      label: "Deep tissue massage",
      why: "blood thinners",
    },
  ],
  dataStatus: "unverified",
};

// The admin checked at 03:30 UTC on 29 August: still the evening of 28 August in Los Angeles.
const dates = personDates("America/Los_Angeles", new Date("2026-11-30T18:00:00Z"));

describe("a directory profile as the screens show it", () => {
  test("a search result: the fit decides the match and its reasons say why", () => {
    const view = summaryOf(aProfile(), { distanceKm: 8.2, fit }, new Map(), dates);
    expect(view.isMatch).toBe(false);
    expect(view.modalities).toEqual([
      { modality: "swedish-massage", name: "Swedish massage", avoidWhy: null },
      {
        modality: "deep-tissue-massage",
        name: "Deep tissue massage",
        avoidWhy: "blood thinners",
      },
    ]);
    expect(view.cautions).toEqual([
      "'accepting new clients' not verified",
      "Deep tissue massage: your safety answers say to avoid it (blood thinners).",
    ]);
    expect(view.whyThisMatch).toEqual(["neuropathy experience"]);
    expect(view.fitSummary).toBe("8 km · neuropathy experience");
    expect(view.distanceKm).toBe(8.2);
  });

  test("outside a search the person's own avoid list marks the modality, with core's rule", () => {
    const avoid = new Map([["deep-tissue-massage", "blood thinners"]] as const);
    const both = summaryOf(aProfile(), undefined, avoid, dates);
    expect(both.isMatch, "one modality left that suits them").toBe(true);
    expect(both.fitSummary).toBeNull();
    expect(both.cautions).toEqual([
      "Deep tissue massage: your safety answers say to avoid it (blood thinners).",
    ]);
    const onlyDeep = aProfile({ modalities: ["deep-tissue-massage"] });
    expect(summaryOf(onlyDeep, undefined, avoid, dates).isMatch).toBe(false);
  });

  test("prices, sliding scale and settings in words; verification days in the person's zone", () => {
    const view = summaryOf(aProfile(), undefined, new Map(), dates);
    expect(view.prices).toEqual([
      { minutes: 60, price: { amountMinor: 9000, currency: "USD" } },
      { minutes: 90, price: { amountMinor: 12_000, currency: "USD" } },
    ]);
    expect(view.slidingScale).toBe("50 USD to 90 USD: by income, no proof asked");
    expect(view.settings).toEqual([
      "Clinic: 12 Main St, Brooklyn",
      "Home visits within 20 km (travel fee 15 USD)",
    ]);
    expect(view.licences).toEqual([
      {
        text: "Licence MA.123456, NY, until 31 March 2027",
        verification: {
          verifiedOn: "2026-08-28",
          verifiedByName: "Admin Ada",
          source: "admin",
          isConfirmed: true,
        },
      },
    ]);
    expect(view.accepting.verification.verifiedOn).toBeNull();
  });

  test("the profile page adds experience, access, payment and the provider number", () => {
    const view = profileOf(aProfile({ offersOnline: true }), undefined, new Map(), dates);
    expect(view.settings).toContain("Online sessions");
    expect(view.neuropathyExperience).toEqual([
      "Has worked with diabetic neuropathy",
      "Techniques: gentle, oncology massage",
    ]);
    expect(view.accessibility).toEqual(["Step-free entrance", "Parking"]);
    expect(view.payments).toEqual(["Superbills (a receipt for your insurer)", "Payment plans"]);
    expect(view.identifiers.map((identifier) => identifier.text)).toEqual([
      "NPI 1234567893 (US national provider number)",
    ]);
    expect(view.specialties).toEqual(["Massage Therapist"]);
  });
});
