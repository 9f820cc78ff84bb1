import { describeSchedule, type PlanProposal } from "@painplan/core";

const pressureWords = { light: "light", medium: "medium", firm: "firm" } as const;

/** A proposed change in words: "pressure light · note: Weekly, lighter pressure." */
export function changeInWords(change: PlanProposal["change"]): string {
  const parts = [
    change.schedule === undefined ? undefined : `when: ${describeSchedule(change.schedule)}`,
    change.pressure === undefined
      ? undefined
      : `pressure ${change.pressure === null ? "not set" : pressureWords[change.pressure]}`,
    change.notes === undefined ? undefined : `note: ${change.notes}`,
  ];
  return parts.filter((part) => part !== undefined).join(" · ");
}
