import { moodScreen } from "./mood-screen.js";

/**
 * PHQ-2: the first two PHQ-9 items, 0–3 each over the past two weeks, total 0–6, positive at
 * ≥3 (Arroll B et al., Ann Fam Med 2010;8(4):348–353). LOINC: items 44250-9 and 44255-8,
 * total 55758-7. Item text is in our own words.
 */
export const phq2 = moodScreen({
  id: "phq-2",
  title: "Mood check (PHQ-2)",
  shortTitle: "PHQ-2",
  purpose: "Two questions about low mood, which often comes with long-lasting pain.",
  source: {
    citation:
      "Arroll B, Goodyear-Smith F, Crengle S, et al. Validation of PHQ-2 and PHQ-9 to screen " +
      "for major depression in the primary care population. Ann Fam Med 2010;8(4):348-353.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530",
  },
  loincPanelCode: null,
  loincScoreCode: "55758-7",
  items: [
    {
      linkId: "interest",
      text: "How often have you had little interest or pleasure in doing things?",
      loincCode: "44250-9",
    },
    {
      linkId: "mood",
      text: "How often have you felt down, low or hopeless?",
      loincCode: "44255-8",
    },
  ],
  positive:
    "Your answers suggest low mood may be weighing on you. That is common when living with " +
    "pain, and it can be helped. Please consider talking to your provider about how you have " +
    "been feeling.",
});
