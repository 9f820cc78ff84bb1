import { describe, expect, test } from "vitest";
import { personDates } from "../ui/person-dates";
import {
  historyLine,
  queueGroupsOf,
  queueNpiView,
  whyItWaits,
  type VerificationQueueItem,
  type VerificationRecord,
} from "./verification-queue-view";

// 30 November 2026, 03:00 UTC: still the 29th in Los Angeles, already the 30th in Auckland.
const now = new Date("2026-11-30T03:00:00Z");
const auckland = personDates("Pacific/Auckland", now);
const losAngeles = personDates("America/Los_Angeles", now);

function anItem(overrides: Partial<VerificationQueueItem> = {}): VerificationQueueItem {
  return {
    practitionerId: "p-1",
    displayName: "Ana Gentle",
    subject: "licence",
    subjectId: "l-1",
    title: "MT-2231",
    issuer: "NY",
    expiresOn: null,
    verification: null,
    npi: { number: "1234567893", isCheckDigitValid: true },
    isAcceptingNewClients: true,
    ...overrides,
  };
}

const adminCheck = {
  source: "admin" as const,
  outcome: "confirmed" as const,
  // 29 September 2025, 13:00 in Auckland; still the 28th in Los Angeles.
  verifiedAt: "2025-09-29T00:00:00.000Z",
  verifiedBy: "admin-1",
  verifiedByName: "Admin Ada",
  evidence: "Board look-up",
};

describe("why a credential waits, and since when, in the admin's zone", () => {
  test("never verified at all", () => {
    expect(whyItWaits(anItem(), auckland)).toBe("never verified by an admin");
  });

  test("an admin's check over a year ago: the day in the admin's zone and months ago", () => {
    const item = anItem({ verification: adminCheck });
    expect(whyItWaits(item, auckland)).toBe(
      "last verified on 29 September 2025 (14 months ago) by Admin Ada: due again after a year",
    );
    expect(whyItWaits(item, losAngeles)).toBe(
      "last verified on 28 September 2025 (14 months ago) by Admin Ada: due again after a year",
    );
  });

  test("not confirmed, the therapist's own word, and an import say so", () => {
    const notConfirmed = { ...adminCheck, outcome: "not-confirmed" as const };
    expect(whyItWaits(anItem({ verification: notConfirmed }), auckland)).toMatch(
      /^could not be confirmed on 29 September 2025 \(14 months ago\) by Admin Ada/,
    );
    const self = { ...adminCheck, source: "self" as const, verifiedByName: "" };
    expect(whyItWaits(anItem({ verification: self }), auckland)).toBe(
      "said by the therapist on 29 September 2025 (14 months ago), never verified by an admin",
    );
    const imported = { ...adminCheck, source: "import" as const, verifiedByName: "NPPES file" };
    expect(whyItWaits(anItem({ verification: imported }), auckland)).toMatch(
      /^from NPPES file on 29 September 2025/,
    );
  });
});

describe("the queue grouped by practitioner", () => {
  test("consecutive items of one practitioner form one group, in queue order", () => {
    const groups = queueGroupsOf(
      [
        anItem(),
        anItem({
          subject: "certification",
          subjectId: "c-1",
          title: "Oncology massage",
          issuer: "",
          expiresOn: "2027-03-03",
          verification: adminCheck,
        }),
        anItem({ practitionerId: "p-2", displayName: "Ben Calm", subjectId: "l-2" }),
      ],
      auckland,
    );
    expect(groups.map((group) => [group.displayName, group.entries.length])).toEqual([
      ["Ana Gentle", 2],
      ["Ben Calm", 1],
    ]);
    expect(groups[0]?.entries).toEqual([
      expect.objectContaining({
        title: "Licence MT-2231, issued by NY",
        expires: "",
        isStale: false,
      }),
      expect.objectContaining({
        title: "Certificate Oncology massage",
        expires: "expires 3 March 2027",
        isStale: true,
      }),
    ]);
  });

  test("each practitioner's NPI and whether they take new clients, once per group", () => {
    const groups = queueGroupsOf(
      [
        anItem(),
        anItem({ subjectId: "l-3" }),
        anItem({
          practitionerId: "p-2",
          subjectId: "l-2",
          npi: null,
          isAcceptingNewClients: false,
        }),
      ],
      auckland,
    );
    expect(groups.map(({ npi, accepting }) => ({ npi, accepting }))).toEqual([
      {
        npi: {
          text: "NPI 1234567893: check digit matches",
          isCheckDigitValid: true,
          registryUrl: "https://npiregistry.cms.hhs.gov/provider-view/1234567893",
        },
        accepting: "Taking new clients: yes",
      },
      { npi: null, accepting: "Taking new clients: no" },
    ]);
  });

  test("an NPI whose check digit does not match is a typo: no registry link", () => {
    const npi = queueNpiView({ number: "1234567890", isCheckDigitValid: false });
    expect(npi?.registryUrl).toBeNull();
    expect(npi?.isCheckDigitValid).toBe(false);
    expect(npi?.text).toMatch(/^NPI 1234567890: the last digit does not match \(check digit\)/);
  });

  test("an empty queue has no groups", () => {
    expect(queueGroupsOf([], auckland)).toEqual([]);
  });
});

test("a history line: what, outcome, when in the admin's zone, by whom", () => {
  const record: VerificationRecord = { ...adminCheck, id: "v-1", subject: "npi", subjectId: null };
  expect(historyLine(record, auckland)).toBe(
    "Provider number (NPI): verified, Monday 29 September 2025, 13:00 by Admin Ada",
  );
  expect(historyLine({ ...record, outcome: "not-confirmed" }, losAngeles)).toBe(
    "Provider number (NPI): verified: could not be confirmed, Sunday 28 September 2025, 17:00 by Admin Ada",
  );
  const self = { ...record, source: "self" as const, verifiedByName: "Alex" };
  expect(historyLine(self, auckland)).toBe(
    "Provider number (NPI): said by the therapist, Monday 29 September 2025, 13:00",
  );
});
