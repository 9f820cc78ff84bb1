/** Where the directory's pages live; other areas link here (the care team's "find a therapist"). */
export const directoryPaths = {
  search: "/directory",
  practitioner: (practitionerId: string) => `/directory/practitioners/${practitionerId}`,
  compare: (ids: readonly string[]) => `/directory/compare?ids=${ids.join(",")}`,
  saved: "/directory/saved",
  questions: "/directory/questions",
} as const;

/**
 * The care team's invitation page, with the practitioner chosen here (issue 13: "invite the one
 * they choose into their care team"). The care-team area owns that page.
 */
export function inviteToCareTeamPath(practitionerId: string): string {
  return `/care-team/invite?practitionerId=${encodeURIComponent(practitionerId)}`;
}
