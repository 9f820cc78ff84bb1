/** The areas of PainPlan, in the order the navigation and the dashboard show them. */
export type Area = {
  slug: string;
  name: string;
  path: string;
  description: string;
  isBuilt: boolean;
};

export const areas: readonly Area[] = [
  {
    slug: "diary",
    name: "Diary",
    path: "/diary",
    description: "Note your pain and your day in a few taps. Stable days and rest days count too.",
    isBuilt: false,
  },
  {
    slug: "questionnaires",
    name: "Questionnaires",
    path: "/questionnaires",
    description: "Short check-ins that help you and your care team notice patterns.",
    isBuilt: false,
  },
  {
    slug: "safety",
    name: "Safety",
    path: "/safety",
    description: "Signs that need a doctor soon, and what to do right away.",
    isBuilt: false,
  },
  {
    slug: "plan",
    name: "Plan",
    path: "/plan",
    description: "Your plan: small steps, goals you choose, and rest days.",
    isBuilt: false,
  },
  {
    slug: "therapists",
    name: "Therapists",
    path: "/therapists",
    description: "Find people who treat nerve pain, and keep track of your sessions.",
    isBuilt: false,
  },
  {
    slug: "progress",
    name: "Progress",
    path: "/progress",
    description: "See how things change over weeks and months, including what you can do.",
    isBuilt: false,
  },
  {
    slug: "reports",
    name: "Reports",
    path: "/reports",
    description: "A clear summary to bring to your next appointment.",
    isBuilt: false,
  },
  {
    slug: "practice",
    name: "Practice",
    path: "/practice",
    description: "Gentle exercises and skills to practise at your own pace.",
    isBuilt: false,
  },
  {
    slug: "costs",
    name: "Costs",
    path: "/costs",
    description: "Keep track of what your care costs.",
    isBuilt: false,
  },
  {
    slug: "settings",
    name: "Settings",
    path: "/settings",
    description: "Your name, time zone and password.",
    isBuilt: true,
  },
];

export const comingSoonAreas = areas.filter((area) => !area.isBuilt);
