/** A property RFC 5545 requires in UTC, as written in the file. */
export type UtcProperty = {
  /** The enclosing component, e.g. "VEVENT" or "STANDARD". */
  component: string;
  /** The UID of the enclosing VEVENT, if any. */
  uid: string | undefined;
  name: string;
  value: string;
};

/**
 * Properties whose value must be a UTC DATE-TIME: DTSTAMP (§3.8.7.2), LAST-MODIFIED (§3.8.7.3),
 * CREATED (§3.8.7.1), COMPLETED (§3.8.2.1), ACKNOWLEDGED (RFC 9074) and an absolute TRIGGER
 * (§3.8.6.3). RRULE UNTIL is checked separately (it must be UTC when DTSTART has a TZID).
 */
const utcOnly = new Set(["DTSTAMP", "LAST-MODIFIED", "CREATED", "COMPLETED", "ACKNOWLEDGED"]);

/**
 * Every property in an iCalendar text that RFC 5545 requires in UTC, with its component and UID,
 * read from the unfolded lines so that nothing the library writes is missed.
 */
export function utcProperties(text: string): UtcProperty[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const stack: string[] = [];
  let uid: string | undefined;
  const found: UtcProperty[] = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const name = (head.split(";")[0] ?? "").toUpperCase();
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") uid = undefined;
      continue;
    }
    if (name === "END") {
      stack.pop();
      continue;
    }
    const component = stack.at(-1) ?? "";
    if (name === "UID") uid = value;
    const absoluteTrigger = name === "TRIGGER" && /;VALUE=DATE-TIME/i.test(head);
    if (utcOnly.has(name) || absoluteTrigger) found.push({ component, uid, name, value });
    if (name === "RRULE") {
      const until = /(?:^|;)UNTIL=([^;]+)/.exec(value)?.[1];
      if (until !== undefined && until.includes("T"))
        found.push({ component, uid, name: "RRULE;UNTIL", value: until });
    }
  }
  return found;
}

/** A UTC DATE-TIME ("20261130T082244Z") as an ISO instant, or undefined when it is not UTC. */
export function instantOfUtc(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

/** An ISO instant cut to whole seconds, as iCalendar writes it. */
export function toWholeSeconds(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}.000Z`;
}
