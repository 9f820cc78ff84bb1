/**
 * Shown beside the mood screens (PHQ-2, GAD-2) at all times, whatever the answers: PainPlan never
 * reads free-text notes to decide when someone needs help, so the way to help is always visible.
 * The US line is the 988 Suicide & Crisis Lifeline (clinical reference §1.11).
 */
export const crisisSupport = {
  heading: "Need help now?",
  message:
    "If you are thinking about harming yourself, or you do not feel safe, please get help now. " +
    "You do not have to wait for an appointment.",
  resources: [
    { name: "Emergency services", contact: "Call your local emergency number" },
    { name: "988 Suicide & Crisis Lifeline (United States)", contact: "Call or text 988" },
  ],
} as const;
