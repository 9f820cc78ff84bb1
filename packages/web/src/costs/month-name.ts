const names = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2026-03" → "March 2026": a month of the person's calendar, no time zone involved. */
export function monthName(month: string): string {
  const [year, number] = month.split("-");
  return `${names[Number(number) - 1] ?? month} ${year ?? ""}`.trim();
}
