import type { Role } from "@painplan/core";

/**
 * The areas of PainPlan, in the order the navigation shows them. `isBuilt: false` areas are
 * kept only so an old link or bookmark (e.g. `/progress`) still reaches a calm "coming soon"
 * page: they are never listed in the menu or on the dashboard (issue 14: no roadmap in the
 * person's way).
 */
export type Area = {
  slug: string;
  name: string;
  path: string;
  description: string;
  isBuilt: boolean;
  /**
   * Only these roles see it (in the menu and on the dashboard); absent: everyone signed in. The
   * server refuses the others anyway: this only keeps a page nobody else can use out of sight.
   */
  forRoles?: readonly Role[];
};

export const areas: readonly Area[] = [
  {
    slug: "profile",
    name: "Pain profile",
    path: "/profile",
    description: "What may lie behind your pain, your medicines, and where it usually hurts.",
    isBuilt: true,
  },
  {
    slug: "diary",
    name: "Diary",
    path: "/diary",
    description: "Note your pain and your day in a few taps. Stable days and rest days count too.",
    isBuilt: true,
  },
  {
    slug: "questionnaires",
    name: "Questionnaires",
    path: "/questionnaires",
    description: "Short check-ins that help you and your care team notice patterns.",
    isBuilt: true,
  },
  {
    slug: "safety",
    name: "Safety",
    path: "/safety",
    description:
      "Safety questions, what they mean for each therapy, and a sheet for your therapist.",
    isBuilt: true,
  },
  {
    slug: "therapies",
    name: "Therapy library",
    path: "/therapies",
    description:
      "Massage, acupuncture, yoga and calming practices: what they are and what research says.",
    isBuilt: true,
  },
  {
    slug: "plan",
    name: "Plan",
    path: "/plan",
    description: "Your plan: small steps, goals you choose, and rest days.",
    isBuilt: true,
  },
  {
    slug: "sessions",
    name: "Sessions",
    path: "/sessions",
    description: "Log each session in under a minute and see how you felt before and after.",
    isBuilt: true,
  },
  {
    slug: "directory",
    name: "Find a therapist",
    path: "/directory",
    description:
      "Therapists who work with nerve pain near you: what they offer, what your plan would cost, and questions to ask.",
    isBuilt: true,
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
    isBuilt: true,
  },
  {
    slug: "costs",
    name: "Costs",
    path: "/costs",
    description: "Keep track of what your care costs.",
    isBuilt: true,
  },
  {
    slug: "care-team",
    name: "Care team",
    path: "/care-team",
    description: "Choose who helps with your care and what they see; see who looked.",
    isBuilt: true,
  },
  {
    slug: "settings",
    name: "Settings",
    path: "/settings",
    description: "Your name, time zone and password.",
    isBuilt: true,
  },
  {
    slug: "credential-checks",
    name: "Check credentials",
    path: "/directory/verification",
    description:
      "Therapists' licences and certificates never checked, or checked over a year ago: verify them with evidence.",
    isBuilt: true,
    forRoles: ["admin"],
  },
];

/** Areas a person can use today: the only ones the menu and the dashboard list. */
export const builtAreas: readonly Area[] = areas.filter((area) => area.isBuilt);

/**
 * The built areas a person with `role` sees in the menu and on the dashboard; while the role is
 * not known yet (`undefined`), only the areas for everyone.
 */
export function areasFor(role: Role | undefined): readonly Area[] {
  return builtAreas.filter(
    (area) => area.forRoles === undefined || (role !== undefined && area.forRoles.includes(role)),
  );
}

/** Areas still to come: reachable only by an old link, which opens the "coming soon" page. */
export const comingSoonAreas: readonly Area[] = areas.filter((area) => !area.isBuilt);
