/**
 * The studies and guidelines the library cites. Only sources our clinical reference
 * (REFERENCE.md, section named in `referenceSection`) gives, with its verification mark, so a
 * reader can see how firmly each one was checked. Ids name the section, first author and year.
 */
export const sourceVerifications = ["verified", "secondary", "unverified"] as const;
export type SourceVerification = (typeof sourceVerifications)[number];

/** The shape every entry below has; `EvidenceSource` narrows the id to the known ones. */
type SourceEntry = {
  id: string;
  /** Short citation: authors, journal, year. */
  citation: string;
  /** What the source is, in a few plain words. */
  title: string;
  /**
   * Where a reader finds the source itself, in English: its DOI (the publisher's page), PubMed
   * or PubMed Central, the English Cochrane Library page, a trial registry, or the journal's own
   * page; a PubMed search by author and topic where we hold no identifier. Never a copy on a
   * document-sharing site, a corpus dump or a clinic's advertising (see `primarySourceHosts`).
   */
  url: string;
  referenceSection: string;
  verification: SourceVerification;
};

const sources = [
  {
    id: "ref-4.1-crawford-2016",
    citation: "Crawford et al., Pain Medicine 2016;17:1353–1375",
    title: "Review of 67 trials of massage for pain",
    url: "https://doi.org/10.1093/pm/pnw099",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-cherkin-2011",
    citation: "Cherkin et al., Annals of Internal Medicine 2011",
    title: "Trial of relaxation and structural massage for chronic low back pain (401 people)",
    url: "https://doi.org/10.7326/0003-4819-155-1-201107050-00002",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-sherman-2014",
    citation: "Sherman et al., Annals of Family Medicine 2014",
    title: "Trial of massage dose (session length and frequency) for chronic neck pain",
    url: "https://www.annfammed.org/content/12/2/112.full",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-gok-metin-2017",
    citation: "Gok Metin et al., Journal of Nursing Scholarship 2017",
    title: "Small trial of aromatherapy massage for painful diabetic neuropathy (46 people)",
    url: "https://doi.org/10.1111/jnu.12300",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-izgu-2019",
    citation: "Izgu et al., Cancer Nursing 2019",
    title: "Pilot study of hand and foot massage during oxaliplatin chemotherapy (46 people)",
    url: "https://pubmed.ncbi.nlm.nih.gov/?term=Izgu+massage+oxaliplatin+neuropathy",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-sio-asco-2022",
    citation: "SIO–ASCO guideline 2022",
    title: "Guideline on integrative medicine for pain in people with cancer",
    url: "https://doi.org/10.1200/JCO.22.01357",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.1-asco-cipn-2020",
    citation: "ASCO guideline 2020",
    title: "Guideline on nerve damage caused by chemotherapy (CIPN) in cancer survivors",
    url: "https://doi.org/10.1200/JCO.20.01399",
    referenceSection: "4.1",
    verification: "verified",
  },
  {
    id: "ref-4.2-ju-2017",
    citation: "Ju et al., Cochrane Database of Systematic Reviews 2017 (CD012057)",
    title: "Cochrane review: acupuncture for neuropathic pain in adults",
    url: "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD012057.pub2/full",
    referenceSection: "4.2",
    verification: "verified",
  },
  {
    id: "ref-4.2-frontiers-neurology-2022",
    citation: "Meta-analysis, Frontiers in Neurology 2022",
    title: "Review of 16 studies of acupuncture for neuropathic pain (1,021 people)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC9868276",
    referenceSection: "4.2",
    verification: "verified",
  },
  {
    id: "ref-4.2-dietzel-2023",
    citation: "Dietzel et al., Journal of Clinical Medicine 2023;12:2103 (ACUDPN)",
    title: "Trial of acupuncture for diabetic neuropathy (62 people)",
    url: "https://pubmed.ncbi.nlm.nih.gov/?term=Dietzel+acupuncture+diabetic+neuropathy+ACUDPN",
    referenceSection: "4.2",
    verification: "verified",
  },
  {
    id: "ref-4.2-bao-2020",
    citation: "Bao et al., JAMA Network Open 2020",
    title: "Pilot trial of real, sham and no acupuncture for chemotherapy nerve damage",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7066475",
    referenceSection: "4.2",
    verification: "verified",
  },
  {
    id: "ref-4.2-cipn-review",
    citation: "Systematic review of 3 trials (203 people)",
    title: "Review of acupuncture for chemotherapy nerve damage",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6476456/",
    referenceSection: "4.2",
    verification: "verified",
  },
  {
    id: "ref-3.2-nct04917796",
    citation: "Memorial Sloan Kettering trial NCT04917796",
    title: "Trial registration: electroacupuncture for chemotherapy nerve damage",
    url: "https://clinicaltrials.gov/study/NCT04917796",
    referenceSection: "3.2",
    verification: "verified",
  },
  {
    id: "ref-4.3-bao-2020",
    citation: "Bao et al., JNCI Cancer Spectrum 2020;4(6):pkaa048",
    title: "Trial of yoga for chemotherapy nerve damage (41 people)",
    url: "https://doi.org/10.1093/jncics/pkaa048",
    referenceSection: "4.3",
    verification: "verified",
  },
  {
    id: "ref-4.3-knoerl-2022",
    citation: "Knoerl et al., Journal of Cancer Survivorship 2022",
    title: "Pilot trial of yoga for chemotherapy nerve damage (44 people)",
    url: "https://doi.org/10.1007/s11764-021-01081-z",
    referenceSection: "4.3",
    verification: "verified",
  },
  {
    id: "ref-3.3-kanjirathingal-2021",
    citation: "Kanjirathingal et al., International Journal of Yoga 2021;14(1):60–70",
    title: "Pilot study of yoga poses for balance in diabetic neuropathy (35 people)",
    url: "https://ijoy.org.in/article.asp?issn=0973-6131;year=2021;volume=14;issue=1;spage=60;epage=70;aulast=Kanjirathingal;aid=IntJYoga_2021_14_1_60_308741",
    referenceSection: "3.3",
    verification: "verified",
  },
  {
    id: "ref-4.3-wieland-2022",
    citation: "Wieland et al., Cochrane Database of Systematic Reviews 2022 (CD010671)",
    title: "Cochrane review: yoga for chronic low back pain (21 trials)",
    url: "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD010671.pub3/full",
    referenceSection: "4.3",
    verification: "verified",
  },
  {
    id: "ref-4.4-hilton-2017",
    citation: "Hilton et al., Annals of Behavioral Medicine 2017;51:199–213",
    title: "Review of 38 trials of mindfulness meditation for chronic pain",
    url: "https://academic.oup.com/abm/article/51/2/199/4564147",
    referenceSection: "4.4",
    verification: "verified",
  },
  {
    id: "ref-4.4-cherkin-2016",
    citation: "Cherkin et al., JAMA 2016;315:1240–1249",
    title: "Trial of mindfulness training and CBT for chronic low back pain (342 people)",
    url: "https://doi.org/10.1001/jama.2016.2323",
    referenceSection: "4.4",
    verification: "verified",
  },
  {
    id: "ref-4.5-finnerup-2015",
    citation: "Finnerup et al., Lancet Neurology 2015 (NeuPSIG)",
    title: "Review of medicines for neuropathic pain",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4493167",
    referenceSection: "4.5",
    verification: "verified",
  },
] as const satisfies readonly SourceEntry[];

/**
 * The only places a source link may point to: primary records of a study (DOI resolver, PubMed,
 * PubMed Central, the Cochrane Library in English, ClinicalTrials.gov) and the journals' own
 * sites cited here. Checked by a test over every source.
 */
export const primarySourceHosts = [
  "doi.org",
  "pubmed.ncbi.nlm.nih.gov",
  "pmc.ncbi.nlm.nih.gov",
  "www.cochranelibrary.com",
  "clinicaltrials.gov",
  "www.annfammed.org",
  "academic.oup.com",
  "ijoy.org.in",
] as const;

export type EvidenceSourceId = (typeof sources)[number]["id"];
export type EvidenceSource = Omit<SourceEntry, "id"> & { id: EvidenceSourceId };

export const evidenceSources: readonly EvidenceSource[] = sources;

const sourceById = new Map<string, EvidenceSource>(sources.map((source) => [source.id, source]));

export function findEvidenceSource(id: string): EvidenceSource | undefined {
  return sourceById.get(id);
}
