/**
 * The suggested questions-to-ask checklist (issue 13): what to ask a practitioner on the phone
 * before the first session. The person edits it; until then this list is shown.
 */
export const suggestedQuestions: readonly { id: string; text: string }[] = [
  { id: "training-licence", text: "What training do you have, and is your licence current?" },
  { id: "neuropathy", text: "Have you worked with people with neuropathy? What did you change?" },
  { id: "pressure", text: "How do you adapt pressure when some areas are numb or very sensitive?" },
  { id: "first-session", text: "What happens in the first session? How long is it?" },
  { id: "cancellation", text: "What is your cancellation policy?" },
  {
    id: "costs-insurance",
    text: "What does a session cost? Do you take my insurance, offer a sliding scale or give superbills?",
  },
  { id: "home-visits", text: "Do you come to the home? Is there a travel fee?" },
];
