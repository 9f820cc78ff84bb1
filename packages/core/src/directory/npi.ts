/**
 * The National Provider Identifier (NPI): 10 digits issued by CMS/NPPES, the last a check digit
 * computed with the Luhn formula (ISO/IEC 7812) over the 9 identifier digits prefixed by 80840
 * (the card-issuer prefix of US health applications). Source: CMS, "Requirements for National
 * Provider Identifier (NPI) and NPI Enumerator Check Digit Algorithm", 2006 (example 123456789 → 3).
 */
export const npiPrefix = "80840";

/** The check digit of 9 identifier digits, or undefined when `identifier` is not 9 digits. */
export function npiCheckDigit(identifier: string): number | undefined {
  if (!/^\d{9}$/.test(identifier)) return undefined;
  const digits = `${npiPrefix}${identifier}`;
  let sum = 0;
  // From the right, every second digit (starting with the rightmost of the 14) is doubled.
  for (let index = digits.length - 1, isDoubled = true; index >= 0; index -= 1) {
    let value = Number(digits[index]);
    if (isDoubled) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    isDoubled = !isDoubled;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `npi` is 10 digits whose last is the Luhn check digit (with the 80840 prefix). */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/** Why an NPI is refused, in words; undefined when it is valid. */
export function npiProblem(npi: string): string | undefined {
  if (!/^\d{10}$/.test(npi)) return "An NPI is 10 digits.";
  if (!isValidNpi(npi))
    return "This NPI's last digit does not match (check digit); check for a typo.";
  return undefined;
}

/**
 * The NPPES NPI Registry's public page of one NPI (CMS), where an admin checks that the number
 * belongs to the practitioner who listed it: name, taxonomy, practice address.
 */
export function npiRegistryUrl(npi: string): string {
  return `https://npiregistry.cms.hhs.gov/provider-view/${encodeURIComponent(npi)}`;
}
