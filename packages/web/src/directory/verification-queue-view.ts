import {
  localDayOf,
  npiRegistryUrl,
  type verificationQueueItemSchema,
  type verificationRecordSchema,
} from "@painplan/core";
import type { z } from "zod";
import type { PersonDates } from "../ui/person-dates";
import { agoWords } from "./ago-words";

export type VerificationQueueItem = z.output<typeof verificationQueueItemSchema>;
export type VerificationRecord = z.output<typeof verificationRecordSchema>;

/** One credential in the admin's queue, in words. */
export type QueueEntryView = {
  subject: "licence" | "certification";
  subjectId: string;
  /** "Licence MT-2231, issued by NY" / "Certificate Oncology massage, issued by NCBTMB". */
  title: string;
  /** "expires 3 March 2027" or "" when no end date is listed. */
  expires: string;
  /** Why it waits and since when: "never verified by an admin", "last verified 14 months ago…". */
  why: string;
  /** True when an admin verified it, over a year ago (the rest were never admin-verified). */
  isStale: boolean;
};

/** The practitioner's NPI as the admin checks it. */
export type QueueNpiView = {
  /** "NPI 1234567893: check digit matches" / "NPI 1234567890: the last digit does not match…". */
  text: string;
  /** False when the check digit does not match: a typo, not a number to look up. */
  isCheckDigitValid: boolean;
  /** The NPPES NPI Registry's page of the number; null when the check digit does not match. */
  registryUrl: string | null;
};

/** A practitioner and every credential of theirs waiting in the queue, in queue order. */
export type QueueGroupView = {
  practitionerId: string;
  displayName: string;
  /** Null when the profile lists no NPI. */
  npi: QueueNpiView | null;
  /** "Taking new clients: yes" / "Taking new clients: no" (what the profile says now). */
  accepting: string;
  entries: QueueEntryView[];
};

const subjectNames = { licence: "Licence", certification: "Certificate" } as const;

/**
 * Why a credential waits, with the date in the admin's own zone and how long ago it was:
 * "never verified by an admin", "said by the therapist on 2 March 2026 (9 months ago), never
 * verified by an admin", "last verified on 1 September 2025 (14 months ago) by Admin Ada: due
 * again", "could not be confirmed on … by …: check again".
 */
export function whyItWaits(item: VerificationQueueItem, dates: PersonDates): string {
  const verification = item.verification;
  if (verification === null) return "never verified by an admin";
  const day = localDayOf(verification.verifiedAt, dates.timeZone);
  const when = `on ${dates.calendarDate(day)} (${agoWords(day, dates.today, { monthsUntil: 24 })})`;
  const by = verification.verifiedByName.trim() === "" ? "" : ` by ${verification.verifiedByName}`;
  switch (verification.source) {
    case "self":
      return `said by the therapist ${when}, never verified by an admin`;
    case "import":
      return `from ${verification.verifiedByName.trim() || "an import"} ${when}, never verified by an admin`;
    case "admin":
      return verification.outcome === "confirmed"
        ? `last verified ${when}${by}: due again after a year`
        : `could not be confirmed ${when}${by}: due again after a year`;
  }
}

/** The NPI line of a practitioner in the queue, with where to look it up when it can exist. */
export function queueNpiView(npi: VerificationQueueItem["npi"]): QueueNpiView | null {
  if (npi === null) return null;
  return npi.isCheckDigitValid
    ? {
        text: `NPI ${npi.number}: check digit matches`,
        isCheckDigitValid: true,
        registryUrl: npiRegistryUrl(npi.number),
      }
    : {
        text: `NPI ${npi.number}: the last digit does not match (check digit), so the registry cannot have it. Ask the therapist for the right number.`,
        isCheckDigitValid: false,
        registryUrl: null,
      };
}

/** The queue's items, grouped by practitioner (the server already orders them that way). */
export function queueGroupsOf(
  items: readonly VerificationQueueItem[],
  dates: PersonDates,
): QueueGroupView[] {
  const groups: QueueGroupView[] = [];
  for (const item of items) {
    let group = groups.at(-1);
    if (group?.practitionerId !== item.practitionerId) {
      group = {
        practitionerId: item.practitionerId,
        displayName: item.displayName,
        npi: queueNpiView(item.npi),
        accepting: `Taking new clients: ${item.isAcceptingNewClients ? "yes" : "no"}`,
        entries: [],
      };
      groups.push(group);
    }
    const issuer = item.issuer.trim() === "" ? "" : `, issued by ${item.issuer}`;
    group.entries.push({
      subject: item.subject,
      subjectId: item.subjectId,
      title: `${subjectNames[item.subject]} ${item.title}${issuer}`,
      expires: item.expiresOn === null ? "" : `expires ${dates.calendarDate(item.expiresOn)}`,
      why: whyItWaits(item, dates),
      // An admin's verification still in the queue is one over a year old (the server's rule).
      isStale: item.verification?.source === "admin",
    });
  }
  return groups;
}

const historySubjects = {
  licence: "Licence",
  certification: "Certificate",
  npi: "Provider number (NPI)",
  "accepting-new-clients": "Taking new clients",
} as const;

const sourceWords = { admin: "verified", import: "imported", self: "said by the therapist" };

/** One line of a practitioner's verification history, in the admin's zone. */
export function historyLine(record: VerificationRecord, dates: PersonDates): string {
  const outcome =
    record.outcome === "confirmed"
      ? sourceWords[record.source]
      : `${sourceWords[record.source]}: could not be confirmed`;
  // The therapist's own word needs no "by": it says whose it is.
  const by =
    record.source === "self" || record.verifiedByName.trim() === ""
      ? ""
      : ` by ${record.verifiedByName}`;
  return `${historySubjects[record.subject]}: ${outcome}, ${dates.momentOf(record.verifiedAt)}${by}`;
}
