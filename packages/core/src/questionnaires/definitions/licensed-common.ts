import type { InstrumentSpec } from "../instrument-spec.js";

/** What every licensed instrument shares: the text arrives with the installed definition file. */
export const licensedDefaults = {
  version: "licensed",
  licence: "licensed",
  copyright: null,
  loincPanelCode: null,
  loincScoreCode: null,
  usesAnchorDate: false,
  showsCrisisSupport: false,
  crisisItem: null,
  instructions: "Answer yes or no to each question about your pain.",
} as const satisfies Partial<InstrumentSpec>;
