/**
 * Crisis support, chosen by the person's country (clinical reference §8). Shown beside the mood
 * screens at all times, at once after a positive PHQ-2, a PHQ-9 item 9 above "not at all", and a
 * "yes" or "not sure" to thoughts of self-harm in the safety intake. PainPlan never reads
 * free-text notes to decide when someone needs help, so the way to help is always visible.
 * Our own words; the numbers exactly as the reference gives them.
 */

/** One way to reach a line: what a button says and the link it dials (digits only). */
export type CrisisContact = { kind: "call" | "text"; text: string; href: string };

export type CrisisLine = {
  name: string;
  contacts: readonly CrisisContact[];
  /** When and how: "Free, any time, day or night." */
  note: string;
  /** The reference entry (REFERENCE §8 row) the line comes from. */
  sourceId: string;
};

export type CountryCrisisLines = { code: string; name: string; lines: readonly CrisisLine[] };

/** The sources of §8, by id, with the citation the reference gives. */
export const crisisLineSources = {
  "ref-8-united-states": "REFERENCE §8 (United States), from §1.11: 988 Suicide & Crisis Lifeline",
  "ref-8-canada": "REFERENCE §8 (Canada): Government of Canada / CAMH release, 30 Nov 2023",
  "ref-8-united-kingdom": "REFERENCE §8 (United Kingdom): samaritans.org",
  "ref-8-ireland": "REFERENCE §8 (Ireland): Irish Times, 2012 announcement",
  "ref-8-australia": "REFERENCE §8 (Australia): Lifeline Australia",
  "ref-8-new-zealand": "REFERENCE §8 (New Zealand): NZ National Telehealth Service",
  "ref-8-elsewhere": "REFERENCE §8 (elsewhere): local emergency number, international directory",
} as const;

const dial = (kind: CrisisContact["kind"], number: string): CrisisContact => ({
  kind,
  text: `${kind === "call" ? "Call" : "Text"} ${number}`,
  href: `${kind === "call" ? "tel" : "sms"}:${number.replace(/\D/g, "")}`,
});

/** The countries of §8 with their lines, in alphabetical order of name. */
export const crisisLineCountries: readonly CountryCrisisLines[] = [
  {
    code: "AU",
    name: "Australia",
    lines: [
      {
        name: "Lifeline",
        contacts: [dial("call", "13 11 14"), dial("text", "0477 13 11 14")],
        note: "Any time, day or night.",
        sourceId: "ref-8-australia",
      },
    ],
  },
  {
    code: "CA",
    name: "Canada",
    lines: [
      {
        name: "9-8-8 Suicide Crisis Helpline",
        contacts: [dial("call", "9-8-8"), dial("text", "9-8-8")],
        note: "Any time, day or night, in English and French.",
        sourceId: "ref-8-canada",
      },
    ],
  },
  {
    code: "IE",
    name: "Ireland",
    lines: [
      {
        name: "Samaritans",
        contacts: [dial("call", "116 123")],
        note: "Free to call, any time, day or night.",
        sourceId: "ref-8-ireland",
      },
    ],
  },
  {
    code: "NZ",
    name: "New Zealand",
    lines: [
      {
        name: "Need to talk? 1737",
        contacts: [dial("call", "1737"), dial("text", "1737")],
        note: "Free to call or text, any time.",
        sourceId: "ref-8-new-zealand",
      },
    ],
  },
  {
    code: "GB",
    name: "United Kingdom",
    lines: [
      {
        name: "Samaritans",
        contacts: [dial("call", "116 123")],
        note: "Free from landlines and mobiles, any time, day or night. In England you can also call NHS 111 and choose the mental health option.",
        sourceId: "ref-8-united-kingdom",
      },
    ],
  },
  {
    code: "US",
    name: "United States",
    lines: [
      {
        name: "988 Suicide & Crisis Lifeline",
        contacts: [dial("call", "988"), dial("text", "988")],
        note: "Any time, day or night.",
        sourceId: "ref-8-united-states",
      },
    ],
  },
];

/** What the crisis panel says for one person. */
export type CrisisSupport = {
  heading: string;
  message: string;
  /** The country's name, or null when it is not one of §8 (or not known). */
  countryName: string | null;
  isKnownCountry: boolean;
  lines: readonly CrisisLine[];
  /** Always shown: in danger now, the local emergency number. */
  emergency: string;
  /** For a country without a line here: where to find one. Null when lines are listed. */
  elsewhere: string | null;
  /** Where the general guidance comes from. */
  sourceId: "ref-8-elsewhere";
};

const heading = "Need help now?";
const message =
  "If you are thinking about harming yourself, or you do not feel safe, please reach out now. You do not have to wait for an appointment, and you do not have to be sure.";
const emergency =
  "If you might act on these thoughts, or are in danger now, call your local emergency number or go to the nearest emergency department.";
const elsewhere =
  "To talk to someone, look up a crisis line for where you are in an international directory of helplines. You can set your country in Settings to see its lines here.";

/**
 * The crisis panel's content for a person's country (ISO 3166-1 alpha-2, or null when unknown).
 * A country of §8 gets its lines; any other country the local emergency number and the way to
 * find a helpline, never another country's number.
 */
export function crisisSupportFor(country: string | null): CrisisSupport {
  const known = crisisLineCountries.find((entry) => entry.code === country?.toUpperCase());
  return {
    heading,
    message,
    countryName: known?.name ?? null,
    isKnownCountry: known !== undefined,
    lines: known?.lines ?? [],
    emergency,
    elsewhere: known === undefined ? elsewhere : null,
    sourceId: "ref-8-elsewhere",
  };
}
