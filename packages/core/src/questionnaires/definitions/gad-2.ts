import { moodScreen } from "./mood-screen.js";

/**
 * GAD-2: the first two GAD-7 items, 0–3 each over the past two weeks, total 0–6, positive at
 * ≥3 (Kroenke K, Spitzer RL, Williams JBW, et al., Ann Intern Med 2007;146(5):317–325).
 * LOINC: items 69725-0 and 68509-9; no total code until the GAD-2 code is confirmed (§1.11).
 */
export const gad2 = moodScreen({
  id: "gad-2",
  title: "Worry check (GAD-2)",
  shortTitle: "GAD-2",
  purpose:
    "Two questions about worry and feeling on edge, which often come with long-lasting pain.",
  source: {
    citation:
      "Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary " +
      "care: prevalence, impairment, comorbidity, and detection. Ann Intern Med " +
      "2007;146(5):317-325.",
    url: null,
  },
  loincPanelCode: null,
  loincScoreCode: null,
  items: [
    {
      linkId: "nervous",
      text: "How often have you felt nervous, anxious or on edge?",
      loincCode: "69725-0",
    },
    {
      linkId: "worry",
      text: "How often have you been unable to stop or control worrying?",
      loincCode: "68509-9",
    },
  ],
  positive:
    "Your answers suggest worry or anxiety may be weighing on you. That is common when living " +
    "with pain, and it can be helped. Please consider talking to your provider about how you " +
    "have been feeling.",
});
