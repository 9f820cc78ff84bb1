import { describe, expect, it } from "vitest";
import { costsCsv } from "./costs-csv.js";

describe("costsCsv (RFC 4180)", () => {
  it("quotes commas, quotes and line breaks, ends records with CRLF, writes decimals exactly", () => {
    const csv = costsCsv({
      format: "painplan-costs",
      version: 1,
      exportedAt: "2026-03-29T00:30:00.000Z",
      timeZone: "Europe/Paris",
      charges: [
        {
          sessionId: "s1",
          localDate: "2026-03-28",
          therapy: "Swedish massage",
          price: { amountMinor: 9_005, currency: "USD" },
          paidBy: "self",
          packageId: null,
          receiptNote: 'Paid "cash",\nreceipt in folder',
        },
        {
          sessionId: "s2",
          localDate: "2026-03-27",
          therapy: "Acupuncture",
          price: { amountMinor: 5_000, currency: "JPY" },
          paidBy: "other",
          packageId: null,
          receiptNote: null,
        },
      ],
      packages: [],
      claims: [],
      estimates: [],
    });
    const records = csv.split("\r\n");
    expect(records[0]).toBe(
      "record,id,date,description,currency,amount,amount_minor,paid_by,package_id,status,reimbursed,reimbursed_minor,sessions,note",
    );
    expect(records[1]).toBe(
      'session,s1,2026-03-28,Swedish massage,USD,90.05,9005,self,,,,,,"Paid ""cash"",\nreceipt in folder"',
    );
    expect(records[2]).toBe("session,s2,2026-03-27,Acupuncture,JPY,5000,5000,other,,,,,,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
