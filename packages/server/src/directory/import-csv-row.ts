import { isCurrencyCode } from "@painplan/core";
import type { CsvColumnName, CsvHeader } from "./import-csv-columns.js";
import type { ImportedLicence, ImportedPractitioner } from "./import-practitioner.js";
import { RowReader, type ImportReference, type RowProblem } from "./import-row-problems.js";
import {
  isRefusal,
  readAmount,
  readDate,
  readDecimal,
  readLanguage,
  readList,
  readNpi,
  readText,
  readWholeNumber,
  readYesNo,
  refuse,
  type Read,
} from "./import-values.js";

type Reader = RowReader<CsvColumnName>;

function readLicences(cell: string): Read<ImportedLicence[]> {
  const items = readList(cell, 20, 200);
  if (isRefusal(items)) return items;
  const licences: ImportedLicence[] = [];
  for (const item of items) {
    const [region = "", number = "", expires = "", ...rest] = item
      .split("|")
      .map((part) => part.trim());
    if (region === "" || number === "" || rest.length > 0) {
      return refuse(`"${item}" is not REGION|NUMBER|EXPIRES`);
    }
    const expiresOn = readDate(expires);
    if (isRefusal(expiresOn)) return expiresOn;
    licences.push({ region: region.toUpperCase(), number, expiresOn });
  }
  return licences;
}

function readCodes(
  row: Reader,
  column: CsvColumnName,
  isKnown: (code: string) => boolean,
  what: string,
) {
  const codes = row.read(column, (cell) => readList(cell, 20), []);
  const unknown = codes.filter((code) => !isKnown(code));
  if (unknown.length > 0) row.problem(column, `unknown ${what}: ${unknown.join(", ")}`);
  return codes.filter(isKnown);
}

function readPlace(row: Reader, reference: ImportReference) {
  const country = (row.cell("country").trim() || "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    row.problem("country", `"${country}" is not a two-letter country code`);
  const postalCode = row.read("postal_code", (cell) => readText(cell, 12), null);
  const latitude = row.read("latitude", (cell) => readDecimal(cell, -90, 90), null);
  const longitude = row.read("longitude", (cell) => readDecimal(cell, -180, 180), null);
  if ((latitude === null) !== (longitude === null)) {
    row.problem(latitude === null ? "latitude" : "longitude", "latitude and longitude go together");
  }
  let location = latitude !== null && longitude !== null ? { latitude, longitude } : null;
  if (location === null && postalCode !== null) {
    location = reference.postalCentroid(country, postalCode) ?? null;
    if (location === null) {
      row.problem(
        "postal_code",
        `unknown postal code ${postalCode} in ${country}: give latitude and longitude`,
      );
    }
  }
  const address = {
    line1: row.read("address_line1", (cell) => readText(cell, 200), null),
    line2: row.read("address_line2", (cell) => readText(cell, 200), null),
    city: row.read("city", (cell) => readText(cell, 100), null),
    region: row.read("region", (cell) => readText(cell, 100), null),
    postalCode,
    country,
  };
  return { address, location };
}

function readMoney(row: Reader) {
  const cell = row.cell("currency").trim().toUpperCase();
  const currency = cell === "" ? null : cell;
  if (currency !== null && !isCurrencyCode(currency)) {
    row.problem("currency", `"${currency}" is not an ISO 4217 currency code`);
  }
  const amount = (column: CsvColumnName) =>
    row.read(column, (text) => readAmount(text, currency), null);
  const money = {
    currency,
    price30Minor: amount("price_30"),
    price60Minor: amount("price_60"),
    price90Minor: amount("price_90"),
    slidingScaleMinMinor: amount("sliding_scale_min"),
    slidingScaleMaxMinor: amount("sliding_scale_max"),
    homeVisitFeeMinor: amount("home_visit_fee"),
  };
  const { slidingScaleMinMinor: low, slidingScaleMaxMinor: high } = money;
  if (low !== null && high !== null && high < low) {
    row.problem("sliding_scale_max", "the highest sliding-scale price is below the lowest");
  }
  return money;
}

function readVerification(row: Reader) {
  const verifiedOn = row.read("verified_on", readDate, null);
  const verifiedBy = row.read("verified_by", (cell) => readText(cell, 200), null);
  if ((verifiedOn === null) !== (verifiedBy === null)) {
    row.problem(
      verifiedOn === null ? "verified_on" : "verified_by",
      "verified_on and verified_by go together",
    );
  }
  return { verifiedOn, verifiedBy };
}

/** One row of our CSV format as a practitioner, or every problem found on it. */
export function readCsvRow(
  fields: readonly string[],
  header: CsvHeader,
  reference: ImportReference,
): ImportedPractitioner | RowProblem[] {
  if (fields.length !== header.width) {
    return [
      { column: null, message: `${fields.length} fields where the header has ${header.width}` },
    ];
  }
  const row: Reader = new RowReader((column) => {
    const position = header.index.get(column);
    return position === undefined ? "" : (fields[position] ?? "");
  });
  const text = (column: CsvColumnName, max: number) =>
    row.read(column, (cell) => readText(cell, max), null);
  const yesNo = (column: CsvColumnName) => row.read(column, readYesNo, null);
  const list = (column: CsvColumnName, max: number) =>
    row.read(column, (cell) => readList(cell, max), []);
  const npi = row.read("npi", readNpi, null);
  const externalId = text("external_id", 100);
  if (npi === null && externalId === null) row.problem("npi", "an NPI or an external_id is needed");
  const name = text("name", 200);
  if (name === null) row.problem("name", "the name is missing");
  const languages = list("languages", 20).flatMap((tag) => {
    const canonical = readLanguage(tag);
    if (!isRefusal(canonical)) return [canonical];
    row.problem("languages", canonical.refused);
    return [];
  });
  const practitioner: ImportedPractitioner = {
    source: "csv",
    npi,
    externalId,
    name: name ?? "",
    practiceName: text("practice_name", 200),
    taxonomyCodes: readCodes(
      row,
      "taxonomy_codes",
      reference.isKnownTaxonomyCode,
      "NUCC taxonomy code",
    ),
    modalities: readCodes(row, "modalities", reference.isKnownModality, "modality"),
    licences: row.read("licences", readLicences, []),
    certifications: list("certifications", 20),
    yearsInPractice: row.read("years_in_practice", (cell) => readWholeNumber(cell, 0, 70), null),
    neuropathyConditions: list("neuropathy_conditions", 20),
    neuropathyTechniques: list("neuropathy_techniques", 20),
    neuropathyNote: text("neuropathy_note", 1000),
    languages,
    ...readPlace(row, reference),
    homeVisits: yesNo("home_visits"),
    homeVisitRadiusKm: row.read(
      "home_visit_radius_km",
      (cell) => readWholeNumber(cell, 1, 200),
      null,
    ),
    online: yesNo("online"),
    stepFree: yesNo("step_free"),
    loweringTable: yesNo("lowering_table"),
    parking: yesNo("parking"),
    ...readMoney(row),
    slidingScaleNote: text("sliding_scale_note", 500),
    paymentPlans: yesNo("payment_plans"),
    packages: text("packages", 500),
    insurance: list("insurance", 50),
    superbills: yesNo("superbills"),
    hsaFsa: yesNo("hsa_fsa"),
    acceptingNewClients: yesNo("accepting_new_clients"),
    availability: text("availability", 500),
    bio: text("bio", 2000),
    phone: text("phone", 40),
    email: text("email", 254),
    website: text("website", 500),
    ...readVerification(row),
    isFictional: yesNo("fictional") ?? false,
  };
  if (practitioner.website !== null && !/^https?:\/\/\S+$/.test(practitioner.website)) {
    row.problem("website", "not an http(s):// address");
  }
  if (practitioner.email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(practitioner.email)) {
    row.problem("email", "not an e-mail address");
  }
  return row.problems.length > 0 ? row.problems : practitioner;
}
