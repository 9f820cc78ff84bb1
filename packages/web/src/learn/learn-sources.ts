/** Where the education page's facts come from (the team's clinical reference lists each one). */
export type LearnSource = { id: string; title: string; url: string };

export const learnSources = {
  finnerup: {
    id: "finnerup",
    title:
      "Finnerup and others (2015), Pharmacotherapy for neuropathic pain in adults: a systematic review and meta-analysis. Lancet Neurology.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4493167",
  },
  farrar: {
    id: "farrar",
    title:
      "Farrar and others (2001), Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain.",
    url: "https://pubmed.ncbi.nlm.nih.gov/11690728/",
  },
  heatSensitivity: {
    id: "heat-sensitivity",
    title: "MS Australia: Uhthoff's phenomenon (heat sensitivity in multiple sclerosis).",
    url: "https://www.msaustralia.org.au/news/uhthoffs-phenomenon/",
  },
  moodScreen: {
    id: "mood-screen",
    title:
      "Arroll and others (2010), Validation of PHQ-2 and PHQ-9 to screen for major depression in the primary care population. Annals of Family Medicine.",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC2906530",
  },
} as const satisfies Record<string, LearnSource>;
