/**
 * Where each field of the plan item form lives: the server's field paths (and the form's own
 * checks) → the input's id and label, so the error summary links to the right field.
 */
export const itemFieldTargets = {
  therapyId: { id: "item-therapy", label: "Therapy" },
  customName: { id: "item-custom-name", label: "Name of the therapy" },
  practitioner: { id: "item-practitioner", label: "Who gives it" },
  "schedule.startDate": { id: "item-first-session", label: "First session" },
  "schedule.timeOfDay": { id: "item-first-session", label: "First session" },
  "schedule.cadence": { id: "item-cadence", label: "How often" },
  "schedule.cadence.rrule": { id: "item-cadence-rrule", label: "Calendar rule" },
  "schedule.cadence.days": { id: "item-cadence-days", label: "Days" },
  "schedule.durationMinutes": { id: "item-duration", label: "Length" },
  "schedule.end": { id: "item-end", label: "Ends" },
  "schedule.end.date": { id: "item-end-date", label: "Last day" },
  "schedule.end.count": { id: "item-end-count", label: "Number of sessions" },
  schedule: { id: "item-cadence", label: "Schedule" },
  notes: { id: "item-notes", label: "Notes" },
  reason: { id: "item-reason", label: "Why this change" },
  "clearance.clearedBy": { id: "item-cleared-by", label: "Who cleared it" },
  clearance: { id: "item-cleared-by", label: "Who cleared it" },
} as const satisfies Record<string, { id: string; label: string }>;

export type ItemField = keyof typeof itemFieldTargets;

export const itemFields = Object.keys(itemFieldTargets) as ItemField[];
