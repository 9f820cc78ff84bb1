/**
 * Where each safety rule comes from: one entry per claim of the clinical reference
 * (REFERENCE.md §3, §6.3 and the review gaps of §7). Ids are stored with pre-session checks and shown on the
 * assessment, so never rename one; add a new id instead. `evidence` repeats the reference's own
 * label, so an unconfirmed rule is visible as such wherever it is shown.
 */
export type SafetySource = {
  section: string;
  title: string;
  citation: string;
  /** null where the reference names no page (clinical reasoning, our own design). */
  url: string | null;
  evidence: "verified" | "secondary" | "unverified";
};

const nccihMassage = "NCCIH massage safety text, reproduced by Ascension Self Care";
const nccihMassageUrl = "https://ascensionselfcare.com/know-when-to-say-no-to-massage/";
const kaiserFoot =
  "https://healthy.kaiserpermanente.org/health-wellness/health-encyclopedia/he.Diabetes-Foot-Health-Care-Instructions.ut2205";
const medscape2005 = "https://www.medscape.com/viewarticle/501973_6";

export const safetySources = {
  "ref-3.1-anticoagulants": {
    section: "3.1",
    title: "Blood thinners, bleeding disorders, low platelets and massage",
    citation: nccihMassage,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.1-general-cautions": {
    section: "3.1",
    title: "Areas never to massage: clots, fractures, wounds, infections, weak bones",
    citation: nccihMassage,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.1-pregnancy": {
    section: "3.1",
    title: "Pregnancy: talk to your clinician before massage",
    citation: nccihMassage,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.1-reduced-sensation": {
    section: "3.1",
    title: "Reduced sensation: light pressure, no heat, check the skin",
    citation: "Next Avenue, When to say no to massage; diabetes foot-care guidance",
    url: "https://www.nextavenue.org/when-say-no-massage/",
    evidence: "secondary",
  },
  "ref-3.1-diabetic-foot": {
    section: "3.1",
    title: "Diabetic foot ulcer, callus or broken skin: do not massage the area",
    citation: "Kaiser Permanente / Healthwise, Diabetes: foot health care instructions",
    url: kaiserFoot,
    evidence: "verified",
  },
  "ref-3.1-dvt": {
    section: "3.1",
    title: "Known or suspected blood clot (DVT): never massage the area",
    citation: "Sutham et al., BMC Pregnancy Childbirth 2020; Phys Sportsmed 2010 case report",
    url: "https://bmcpregnancychildbirth.biomedcentral.com/articles/10.1186/s12884-020-02924-w",
    evidence: "verified",
  },
  "ref-3.1-recent-surgery": {
    section: "3.1",
    title: "Recent surgery: avoid the surgical site, follow the surgeon's clearance",
    citation: nccihMassage,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.1-fragile-skin": {
    section: "3.1",
    title: "Fragile skin: low friction, avoid radiation fields and fresh scars",
    citation: "Persly, cancer massage fact check",
    url: "https://www.persly.ai/disease-fact-check/cancer-massage",
    evidence: "secondary",
  },
  "ref-3.1-chemotherapy": {
    section: "3.1",
    title: "Chemotherapy: avoid ports, gentle pressure, defer with very low blood counts",
    citation: "Tracy Walton, ABMP; Society for Oncology Massage",
    url: "https://www.abmp.com/textonlymags/article.php?article=149",
    evidence: "verified",
  },
  "ref-3.1-lymphoedema": {
    section: "3.1",
    title: "Lymphoedema or an at-risk limb: no deep pressure on that limb",
    citation: "Team reference, to confirm with a lymphoedema guideline",
    url: null,
    evidence: "unverified",
  },
  "ref-3.1-ms-heat": {
    section: "3.1",
    title: "Multiple sclerosis and heat: no heat treatments, keep the room cool",
    citation: "MS Australia, Uhthoff's phenomenon; MSAA, heat sensitivity",
    url: "https://www.msaustralia.org.au/news/uhthoffs-phenomenon/",
    evidence: "verified",
  },
  "ref-3.1-touch-hypersensitivity": {
    section: "3.1",
    title: "Pain from light touch: slow, firm, still contact; the person sets the pressure",
    citation: "Clinical reasoning from DN4 / NPSI item content",
    url: null,
    evidence: "secondary",
  },
  "ref-3.1-fever-infection": {
    section: "3.1",
    title: "Fever or an infection now: put massage off",
    citation: nccihMassage,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.1-weak-bones": {
    section: "3.1",
    title: "Weak bones (osteoporosis, bone metastases): no deep pressure",
    citation: `${nccihMassage}; Tracy Walton, ABMP`,
    url: nccihMassageUrl,
    evidence: "verified",
  },
  "ref-3.2-anticoagulants": {
    section: "3.2",
    title: "Acupuncture with blood thinners: shallow needling with fine needles",
    citation: "Perm J 2015;19(1):68-73; British Acupuncture Council",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4315381",
    evidence: "verified",
  },
  "ref-3.2-bleeding-disorders": {
    section: "3.2",
    title: "Acupuncture with a severe bleeding disorder",
    citation: "Sierpina & Frenkel, South Med J 2005",
    url: medscape2005,
    evidence: "verified",
  },
  "ref-3.2-implanted-devices": {
    section: "3.2",
    title: "Electroacupuncture near a pacemaker or other implanted electrical device",
    citation: "Sierpina & Frenkel 2005; Cummings, Acupunct Med; NCT04917796 exclusions",
    url: medscape2005,
    evidence: "verified",
  },
  "ref-3.2-epilepsy": {
    section: "3.2",
    title: "Electroacupuncture with epilepsy that is not controlled",
    citation: "Acupuntura.com, contraindications of electroacupuncture",
    url: "https://acupuntura.com/en/articles/contraindicacoes-eletroacupuntura/",
    evidence: "secondary",
  },
  "ref-3.2-pregnancy": {
    section: "3.2",
    title: "Acupuncture in pregnancy: points to avoid, first trimester",
    citation: "Medscape 2008; traditional point lists",
    url: "https://www.medscape.com/viewarticle/573858_4",
    evidence: "secondary",
  },
  "ref-3.2-infection-risk": {
    section: "3.2",
    title: "No needling through ulcers or broken skin, or with very low blood counts",
    citation: "Sierpina & Frenkel 2005; acupunctureinmedicine.info",
    url: medscape2005,
    evidence: "verified",
  },
  "ref-3.2-lymphoedema": {
    section: "3.2",
    title: "Acupuncture on a lymphoedema limb",
    citation: "Traditional practice, to confirm",
    url: null,
    evidence: "unverified",
  },
  "ref-3.3-falls": {
    section: "3.3",
    title: "Falls and balance: supported standing poses, slow transitions",
    citation: "Bao et al., JNCI Cancer Spectr 2020;4(6):pkaa048",
    url: "https://synapse.mskcc.org/synapse/works/177706",
    evidence: "verified",
  },
  "ref-3.3-practice-precautions": {
    section: "3.3",
    title: "Yoga with numb feet or heat sensitivity: socks, non-slip mat, no heated yoga",
    citation: "Yoga U Online, peripheral neuropathy practice tips",
    url: "https://yogauonline.com/yoga-practice-tips-and-inspiration/peripheral-neuropathy-4-exercises-to-improve-balance-and-sensory-awareness/",
    evidence: "secondary",
  },
  "ref-3.4-guillain-barre": {
    section: "3.4",
    title: "Spreading weakness or numbness, trouble breathing or swallowing",
    citation: "GAIN charity; NHS Highland therapeutic guidelines",
    url: "https://gaincharity.org.uk/what-are-the-symptoms-of-guillain-barre-syndrome",
    evidence: "verified",
  },
  "ref-3.4-stroke": {
    section: "3.4",
    title: "Sudden weakness on one side, face droop, speech change",
    citation: "Mayo Clinic health information",
    url: "https://www.stclair.org/services/mayo-clinic-health-information/content/ABT-20334459/",
    evidence: "verified",
  },
  "ref-3.4-cauda-equina": {
    section: "3.4",
    title: "Numbness between the legs, new bladder or bowel trouble",
    citation: "Royal Free London NHS, cauda equina syndrome leaflet",
    url: "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome",
    evidence: "verified",
  },
  "ref-3.4-diabetic-foot-infection": {
    section: "3.4",
    title: "Signs of an infected foot sore",
    citation: "Kaiser Permanente / Healthwise, Diabetes: foot health care instructions",
    url: kaiserFoot,
    evidence: "verified",
  },
  "ref-3.4-dvt": {
    section: "3.4",
    title: "One swollen, warm, red or painful calf or leg",
    citation: "DVT case reports (reference §3.1)",
    url: "https://www.painscience.com/blog/6-tales-of-blood-clots-dangerously-dislodged-by-massage.html",
    evidence: "verified",
  },
  "ref-3.4-pulmonary-embolism": {
    section: "3.4",
    title: "Sudden breathlessness, chest pain, fainting, coughing blood",
    citation: "Case reports (reference §3.1)",
    url: "https://bmcpregnancychildbirth.biomedcentral.com/articles/10.1186/s12884-020-02924-w",
    evidence: "verified",
  },
  "ref-3.4-infection-malignancy": {
    section: "3.4",
    title: "Fever with new back pain, new pain after cancer, unexplained weight loss",
    citation: "Standard red-flag lists, to confirm",
    url: null,
    evidence: "unverified",
  },
  "ref-3.4-self-harm": {
    section: "3.4",
    title: "Thoughts of harming yourself",
    citation: "PainPlan safety design (reference §3.4): crisis line, 988 in the US",
    url: null,
    evidence: "secondary",
  },
  "ref-6.3-pre-session-screen": {
    section: "6.3",
    title: "Pre-session safety screen",
    citation: "PainPlan clinical reference, app design notes (derived)",
    url: null,
    evidence: "secondary",
  },
  // Reference §7: the second safety review's gaps. The review cites each source; it does not
  // mark them as retrieved, so they carry "secondary" until someone checks the originals.
  "ref-7-g1-tens": {
    section: "7",
    title:
      "G1: TENS: not on numb skin, broken or inflamed skin or a clot; not on the belly, pelvis or lower back in pregnancy; epilepsy: ask first, never on the head or neck",
    citation:
      "Physiotherapy Canada 2010;62(5), Electrophysical agents: contraindications and precautions; device labelling",
    url: "https://doi.org/10.3138/ptc.62.5",
    evidence: "secondary",
  },
  "ref-7-g2-fever-exertion": {
    section: "7",
    title: "G2: Fever or infection: put off strenuous exercise and hands-on therapy",
    citation: "Friman & Wesslén, Immunol Cell Biol 2000 (PMC7165523); NCCIH (reference §3.1)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7165523/",
    evidence: "secondary",
  },
  "ref-7-g3-bone-spine": {
    section: "7",
    title: "G3: Weak bones: poses that bend the spine forward or twist it can break a vertebra",
    citation:
      "Sfeir, Drake, Sonawane, Sinaki, Eur J Phys Rehabil Med 2018;54(6):947-51; Osteoporosis Canada, Appl Physiol Nutr Metab 2021",
    url: "https://doi.org/10.1139/apnm-2021-0736",
    evidence: "secondary",
  },
  "ref-7-g4-foot-ulcer-weight-bearing": {
    section: "7",
    title: "G4: Open foot sore: no weight-bearing exercise until it has healed; chair variants",
    citation:
      "JOSPT 2020 diabetes physical-activity recommendations, Table 4 (PMC7069691); Colberg et al., Diabetes Care 2016;39:2065",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7069691/",
    evidence: "secondary",
  },
  "ref-7-g5-low-blood-sugar": {
    section: "7",
    title:
      "G5: Insulin or medicines that can cause low blood sugar: not over a recent injection site; check glucose, carry fast sugar",
    citation:
      "Linde, Diabetes Care 1986;9(6):570-4; Colberg et al., Diabetes Care 2016 (PMC5317029)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5317029/",
    evidence: "secondary",
  },
  "ref-7-g6-lymph-drainage-heart-kidney": {
    section: "7",
    title: "G6: Lymph drainage with heart failure or serious kidney disease: ask first",
    citation: "Földi-based contraindication lists for manual lymphatic drainage",
    url: null,
    evidence: "secondary",
  },
  "ref-7-g7-charcot-foot": {
    section: "7",
    title: "G7: One foot suddenly warm, red or swollen: same-day care (possible Charcot foot)",
    citation: "NICE NG19, Diabetic foot problems: prevention and management",
    url: "https://www.nice.org.uk/guidance/ng19",
    evidence: "secondary",
  },
  "ref-7-g9-dizzy-on-standing": {
    section: "7",
    title: "G9: Dizziness on standing: seated variants, pause before standing, sit up slowly",
    citation: "JOSPT 2020 Table 4, autonomic neuropathy (PMC7069691)",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7069691/",
    evidence: "secondary",
  },
  "ref-7-g10-leg-circulation": {
    section: "7",
    title: "G10: Poor leg circulation: no heat or cold on the legs, no deep leg or foot massage",
    citation: "Heat and cold device labelling (ischaemic areas, peripheral vascular disease)",
    url: null,
    evidence: "secondary",
  },
  "ref-7-g11-cold-moxa-numb": {
    section: "7",
    title: "G11: Numb skin: no ice or cold packs, no moxibustion or heat lamp",
    citation:
      "Cold-therapy labelling (decreased skin sensitivity); MacPherson et al., BMJ 2001 (moxibustion burns)",
    url: null,
    evidence: "secondary",
  },
  "ref-7-g12-pregnancy-electrical": {
    section: "7",
    title:
      "G12: Pregnancy: no electrical stimulation on the belly or lower back; no poses lying on the belly",
    citation: "As reference §7 G1 (electrophysical agents; device labelling)",
    url: "https://doi.org/10.3138/ptc.62.5",
    evidence: "secondary",
  },
  "ref-7-g16-inflamed-injured-area": {
    section: "7",
    title:
      "G16: A new wound, burn, rash, or hot, swollen or injured area: no massage, needles or TENS there",
    citation: "NCCIH massage safety text (reference §3.1)",
    url: nccihMassageUrl,
    evidence: "secondary",
  },
} as const satisfies Record<string, SafetySource>;

export type SafetySourceId = keyof typeof safetySources;

export const safetySourceIds = Object.keys(safetySources) as [SafetySourceId, ...SafetySourceId[]];
