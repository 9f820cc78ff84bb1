import { careTeamScopes, type CareTeamScope, type CareTeamScopeSet } from "@painplan/core";

/** What each scope shares, in plain words (the care-team settings and the invitation form). */
export const scopeWords: Record<CareTeamScope, { label: string; hint: string }> = {
  plan: {
    label: "My plan",
    hint: "They see your plan and can suggest changes. Nothing changes until you accept.",
  },
  sessions: {
    label: "My sessions",
    hint: "They see your session notes and can add notes after a session with them.",
  },
  diarySummary: {
    label: "A summary of my pain diary",
    hint: "How many entries, and your average and worst pain each week. Not your notes.",
  },
  safetySheet: {
    label: "My safety sheet",
    hint: "Areas to avoid, pressure you prefer, medicines that matter for hands-on work.",
  },
  instruments: {
    label: "The nerve pain questionnaire (DN4)",
    hint: "A clinician can add the three short checks they do by touch to your answers.",
  },
};

/** The scopes that are on, in words: "My plan, My safety sheet" or "Nothing yet". */
export function sharedInWords(scopes: CareTeamScopeSet): string {
  const on = careTeamScopes
    .filter((scope) => scopes[scope])
    .map((scope) => scopeWords[scope].label);
  return on.length === 0 ? "Nothing shared" : on.join(", ");
}
