import { answerOf, choiceItem, type InstrumentSpec } from "../instrument-spec.js";
import { positiveScreenInterpretation } from "../screen-interpretation.js";

/** The PHQ/GAD frequency options, 0–3, about the past two weeks. */
export const moodFrequencyOptions = [
  [0, "Not at all"],
  [1, "On several days"],
  [2, "On more than half of the days"],
  [3, "Nearly every day"],
] as const;

/** Both two-item screens: total 0–6, positive at 3 or more. */
export const moodScreenCutOff = 3;

type MoodScreenText = Pick<
  InstrumentSpec,
  "id" | "title" | "shortTitle" | "purpose" | "source" | "loincPanelCode" | "loincScoreCode"
> & {
  items: readonly { linkId: string; text: string; loincCode: string | null }[];
  positive: string;
};

export function moodScreen(text: MoodScreenText): InstrumentSpec {
  return {
    ...text,
    version: "1",
    instructions: "Think about the past two weeks and choose how often each of these happened.",
    recallPeriod: "the past two weeks",
    licence: "free",
    copyright: "PHQ and GAD-7 © Pfizer Inc.; no permission required to reproduce or display.",
    scoring: {
      minimum: 0,
      maximum: 6,
      decimals: 0,
      method: "The sum of your two answers (0 to 3 each). 3 or more is worth a conversation.",
    },
    usesAnchorDate: false,
    showsCrisisSupport: true,
    crisisItem: null,
    items: text.items.map((item) => choiceItem(item, moodFrequencyOptions)),
    score(answers) {
      const total = text.items.reduce((sum, item) => sum + answerOf(answers, item.linkId), 0);
      return {
        score: total,
        displayScore: String(total),
        minimum: 0,
        maximum: 6,
        form: null,
        interpretation:
          total >= moodScreenCutOff
            ? positiveScreenInterpretation(text.positive)
            : {
                // Below the cut-off is never reassurance (the family of issue 10's ID Pain fix).
                band: "below-cut-off",
                label: `Below the cut-off of ${moodScreenCutOff} used here`,
                message:
                  `Your score is ${total} out of 6. The cut-off used here is ${moodScreenCutOff} ` +
                  "or more. A score below it does not rule low mood or anxiety out: two questions " +
                  "can miss them. If how you feel worries you at any time, talk to your provider.",
                isPositiveScreen: false,
                suggestsTalkingToProvider: false,
              },
      };
    },
  };
}
