import { z } from "zod";
import { personText } from "../text/text.schema.js";
import { planApiLimits } from "./plan-api.schema.js";

// Fields the plan area's request schemas share: a one-line text, the version a change was made
// against, and why and by whom. Internal to the plan schemas (not exported from the package).

const L = planApiLimits;

/** One line of the person's text, trimmed; `minLength` 1 makes it required. */
export const oneLine = (maxLength: number, label: string, minLength = 0) =>
  personText({ maxLength, label, minLength, isTrimmed: true });

/** The version the form was loaded at; a different current version answers 409 `write_conflict`. */
export const expectedVersionSchema = z
  .int({ error: "The version is a whole number." })
  .positive()
  .describe(
    "The plan's `version` when the form was loaded. If the plan changed since, the answer is 409 `write_conflict` with `details.currentVersion`, and nothing is saved.",
  );

/** Why a change was made and who proposed it: kept in the plan's timeline. */
export const changeFields = {
  reason: oneLine(L.reasonMaxLength, "The reason")
    .default("")
    .describe(`Why this change (at most ${L.reasonMaxLength} characters).`),
  proposedBy: oneLine(L.proposedByMaxLength, "Who proposed it")
    .default("")
    .describe(
      `Who proposed the change, in the person's words ("me", "my physiotherapist"); at most ${L.proposedByMaxLength} characters.`,
    ),
};
