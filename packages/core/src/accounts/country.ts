import { z } from "zod";

/** A country as ISO 3166-1 alpha-2 ("NZ"); lower case is accepted and stored in capitals. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a country (a two-letter code such as NZ).");

/** The person's country, or null when unknown ("somewhere else"): it picks the crisis lines. */
export const personCountrySchema = countryCodeSchema.nullable();

/**
 * Time zones of the countries that have crisis lines in the clinical reference (§8). Only a
 * default: a zone says little about where someone lives (and several countries share some), so
 * the person sees the guess at registration and can change it in settings at any time.
 */
const zonesByCountry: Record<string, readonly string[]> = {
  US: [
    "America/New_York",
    "America/Detroit",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Boise",
    "America/Los_Angeles",
    "America/Anchorage",
    "America/Juneau",
    "America/Sitka",
    "America/Yakutat",
    "America/Nome",
    "America/Metlakatla",
    "America/Adak",
    "America/Menominee",
    "America/Indiana/Indianapolis",
    "America/Indiana/Knox",
    "America/Indiana/Marengo",
    "America/Indiana/Petersburg",
    "America/Indiana/Tell_City",
    "America/Indiana/Vevay",
    "America/Indiana/Vincennes",
    "America/Indiana/Winamac",
    "America/Kentucky/Louisville",
    "America/Kentucky/Monticello",
    "America/North_Dakota/Beulah",
    "America/North_Dakota/Center",
    "America/North_Dakota/New_Salem",
    "Pacific/Honolulu",
    "US/Eastern",
    "US/Central",
    "US/Mountain",
    "US/Pacific",
    "US/Alaska",
    "US/Hawaii",
    "US/Arizona",
  ],
  CA: [
    "America/St_Johns",
    "America/Halifax",
    "America/Glace_Bay",
    "America/Moncton",
    "America/Goose_Bay",
    "America/Toronto",
    "America/Montreal",
    "America/Nipigon",
    "America/Thunder_Bay",
    "America/Iqaluit",
    "America/Pangnirtung",
    "America/Winnipeg",
    "America/Rainy_River",
    "America/Rankin_Inlet",
    "America/Resolute",
    "America/Regina",
    "America/Swift_Current",
    "America/Edmonton",
    "America/Cambridge_Bay",
    "America/Yellowknife",
    "America/Inuvik",
    "America/Dawson_Creek",
    "America/Fort_Nelson",
    "America/Creston",
    "America/Whitehorse",
    "America/Dawson",
    "America/Vancouver",
    "America/Atikokan",
    "America/Blanc-Sablon",
    "Canada/Atlantic",
    "Canada/Central",
    "Canada/Eastern",
    "Canada/Mountain",
    "Canada/Newfoundland",
    "Canada/Pacific",
    "Canada/Saskatchewan",
  ],
  GB: ["Europe/London", "Europe/Belfast", "GB"],
  IE: ["Europe/Dublin", "Eire"],
  AU: [
    "Australia/Sydney",
    "Australia/Melbourne",
    "Australia/Brisbane",
    "Australia/Lindeman",
    "Australia/Adelaide",
    "Australia/Broken_Hill",
    "Australia/Darwin",
    "Australia/Perth",
    "Australia/Eucla",
    "Australia/Hobart",
    "Australia/Currie",
    "Australia/Lord_Howe",
    "Australia/Canberra",
    "Australia/ACT",
    "Australia/NSW",
    "Australia/Victoria",
    "Australia/Queensland",
    "Australia/South",
    "Australia/West",
    "Australia/North",
    "Australia/Tasmania",
    "Antarctica/Macquarie",
  ],
  NZ: ["Pacific/Auckland", "Pacific/Chatham", "NZ", "NZ-CHAT"],
};

const countryByZone = new Map(
  Object.entries(zonesByCountry).flatMap(([country, zones]) =>
    zones.map((zone) => [zone.toLowerCase(), country] as const),
  ),
);

/**
 * The country a time zone suggests, for the countries of the crisis-line table (REFERENCE §8);
 * null (unknown) for every other zone, where the crisis panel shows the generic guidance.
 */
export function countryFromTimeZone(timeZone: string): string | null {
  return countryByZone.get(timeZone.toLowerCase()) ?? null;
}
