import {
  isTherapyId,
  type PreSessionCheckRequest,
  type RedFlagId,
  type TherapyId,
  type YesNoAnswer,
} from "@painplan/core";

/** The pre-session check as the form holds it: nothing chosen until the person chooses. */
export type CheckFormState = {
  therapyId: TherapyId | undefined;
  hasFever: YesNoAnswer | undefined;
  hasNewWound: YesNoAnswer | undefined;
  newWoundRegionIds: string[];
  bloodThinnersChanged: YesNoAnswer | undefined;
  hasNewRedFlag: "yes" | "no" | undefined;
  newRedFlagIds: RedFlagId[];
};

export function initialCheckState(therapyParam: string | null): CheckFormState {
  return {
    therapyId: therapyParam !== null && isTherapyId(therapyParam) ? therapyParam : undefined,
    hasFever: undefined,
    hasNewWound: undefined,
    newWoundRegionIds: [],
    bloodThinnersChanged: undefined,
    hasNewRedFlag: undefined,
    newRedFlagIds: [],
  };
}

const missing = "Please choose an answer. “Not sure” is fine.";

/** Every question needs an answer: a half-done check must never look like a "go". */
export function checkProblems(state: CheckFormState): Record<string, string> {
  const problems: Record<string, string> = {};
  if (state.therapyId === undefined) problems["therapyId"] = "Choose the therapy of this session.";
  if (state.hasFever === undefined) problems["hasFever"] = missing;
  if (state.hasNewWound === undefined) problems["hasNewWound"] = missing;
  if (state.bloodThinnersChanged === undefined) problems["bloodThinnersChanged"] = missing;
  if (state.hasNewRedFlag === undefined) problems["hasNewRedFlag"] = "Please answer yes or no.";
  if (state.hasNewRedFlag === "yes" && state.newRedFlagIds.length === 0) {
    problems["newRedFlagIds"] = "Tick the new sign, so we can tell you what to do.";
  }
  return problems;
}

/** The request, once every question is answered (undefined before). */
export function checkRequestFrom(state: CheckFormState): PreSessionCheckRequest | undefined {
  const { therapyId, hasFever, hasNewWound, bloodThinnersChanged, hasNewRedFlag } = state;
  if (
    therapyId === undefined ||
    hasFever === undefined ||
    hasNewWound === undefined ||
    bloodThinnersChanged === undefined ||
    hasNewRedFlag === undefined
  ) {
    return undefined;
  }
  return {
    therapyId,
    answers: {
      hasFever,
      hasNewWound,
      ...(hasNewWound === "yes" && state.newWoundRegionIds.length > 0
        ? { newWoundRegionIds: state.newWoundRegionIds }
        : {}),
      bloodThinnersChanged,
      newRedFlagIds: hasNewRedFlag === "yes" ? state.newRedFlagIds : [],
    },
  };
}
