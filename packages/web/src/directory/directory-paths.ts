/** Where the directory's pages live; other areas link here (the care team's "find a therapist"). */
export const directoryPaths = {
  search: "/directory",
  practitioner: (practitionerId: string) => `/directory/practitioners/${practitionerId}`,
  /** Compare carries the place and session length, so distances and prices match the search. */
  compare: (
    ids: readonly string[],
    search: { near: string; sessionMinutes: number } = { near: "", sessionMinutes: 60 },
  ) => {
    const params = new URLSearchParams({ ids: ids.join(",") });
    if (search.near.trim() !== "") params.set("near", search.near.trim());
    if (search.sessionMinutes !== 60) params.set("length", String(search.sessionMinutes));
    return `/directory/compare?${params.toString()}`;
  },
  saved: "/directory/saved",
  questions: "/directory/questions",
  /** The admin's queue of credentials to verify (also listed in `ui/areas.ts`, admins only). */
  verification: "/directory/verification",
} as const;

/**
 * The care team's invitation page, with the practitioner chosen here (issue 13: "invite the one
 * they choose into their care team"). The care-team area owns that page; its `practitionerId` is
 * the practitioner's account. A profile imported from a register has no account: the page then
 * invites by e-mail.
 */
export function inviteToCareTeamPath(accountId: string | null): string {
  if (accountId === null) return "/care-team/invite";
  return `/care-team/invite?practitionerId=${encodeURIComponent(accountId)}`;
}
