/** The zone the device is set to: the best default for someone signing up. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

export type TimeZoneOption = { value: string; label: string };
export type TimeZoneGroup = { region: string; options: TimeZoneOption[] };

/**
 * IANA zones grouped by region, each labelled by its place ("Pacific" → "Auckland"), so a
 * screen-reader or keyboard user can type the city's first letters to jump to it.
 */
export function timeZoneGroups(mustInclude: string): TimeZoneGroup[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  if (mustInclude !== "") zones.add(mustInclude);
  const groups = new Map<string, TimeZoneOption[]>();
  for (const zone of [...zones].sort()) {
    const [region = "", ...place] = zone.split("/");
    const groupName = place.length === 0 ? "Other" : region;
    // The closed select shows only the option, so it names the region too: "Paris (Europe)".
    const label = (place.length === 0 ? zone : `${place.join(" – ")} (${region})`).replaceAll(
      "_",
      " ",
    );
    const options = groups.get(groupName) ?? [];
    options.push({ value: zone, label });
    groups.set(groupName, options);
  }
  return [...groups].map(([region, options]) => ({ region, options }));
}

/** "14:05" in that zone now, to help someone check they picked the right one. */
export function timeNowIn(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat(undefined, { timeStyle: "short", timeZone: zone }).format(
      new Date(),
    );
  } catch {
    return undefined;
  }
}
