import type { MassageTherapy, TypicalFrequency } from "../therapy.js";

/**
 * Massage entries. Session lengths follow the usual 30-, 60- and 90-minute bookings
 * (REFERENCE §6.1); frequencies follow the trial schedules there (weekly to three times a week).
 */

const weeklyOrFortnightly: TypicalFrequency = {
  basis: "every-weeks",
  min: 1,
  max: 2,
  label:
    "Weekly or every two weeks; pain studies used 60-minute sessions one to three times a week",
};

const licensedMassageTherapist = "A licensed massage therapist";

/** Cautions for every kind of massage (REFERENCE §3.1). */
const everyMassage = [
  "A leg that is swollen, warm, red or painful on one side can be a blood clot: see a doctor before any massage.",
  "Tell the therapist about blood thinners, bleeding problems, recent surgery, and any broken, healing or infected skin; those areas are left alone.",
  "Where skin is numb you cannot judge pressure or heat: ask for light to moderate pressure there and no hot stones or heat packs.",
  "Put off massage if you have a fever or an infection.",
  "If you are pregnant, check with your clinician first.",
  "Soreness or a small bruise for a day or two can happen; pain that keeps getting worse is a reason to call your clinician.",
] as const;

/** Extra cautions where the pressure is firm. */
const firmPressure = [
  "Not with blood thinners, a bleeding disorder or low platelets: firm pressure can cause bruising or bleeding.",
  "Not over bones weakened by osteoporosis or cancer.",
] as const;

export const massageTherapies: readonly MassageTherapy[] = [
  {
    id: "swedish-massage",
    kind: "massage",
    name: "Swedish massage",
    summary: "Long, smooth strokes at gentle to moderate pressure to relax muscles and ease pain.",
    whatItIs:
      "The most common style of massage: long gliding strokes, kneading and small circles over the muscles, usually with oil or lotion. It aims at overall relaxation and easing tension rather than working hard on one spot.",
    whatToExpect:
      "You first talk with the therapist about your pain, your health and the pressure you like. You lie on a padded table under a sheet, and only the part being worked on is uncovered. You can ask for lighter pressure, another position or a pause at any time. Many people feel relaxed or sleepy afterwards.",
    typicalMinutes: { min: 30, max: 90 },
    typicalFrequency: weeklyOrFortnightly,
    deliveredBy: {
      mode: "practitioner",
      who: licensedMassageTherapist,
      detail:
        "A licensed therapist has been trained in when not to massage. Tell them where your skin is numb or touch hurts, and about blood thinners or recent surgery.",
    },
    evidence: {
      summary:
        "Across many trials of pain in general, massage eased pain a little more than sham or no treatment, and in neck pain 60-minute sessions helped where 30-minute ones did not. For nerve pain itself there are only a few small trials (such as aromatherapy massage in diabetic neuropathy), so certainty is low: use it alongside medical care, not instead of it.",
      certainty: "low",
      sources: [
        "ref-4.1-crawford-2016",
        "ref-4.1-sherman-2014",
        "ref-4.1-cherkin-2011",
        "ref-4.1-gok-metin-2017",
      ],
    },
    precautions: everyMassage,
    searchTerms: ["relaxation massage", "classic massage", "classical massage", "full body"],
  },
  {
    id: "deep-tissue-massage",
    kind: "massage",
    name: "Deep tissue massage",
    summary: "Slow strokes with firm, sustained pressure on deeper layers of muscle.",
    whatItIs:
      "Massage with slower strokes and stronger, longer-held pressure aimed at deep muscle layers and long-standing tightness. It is more intense than Swedish massage and usually focuses on a few areas.",
    whatToExpect:
      "Like other massage, but the pressure is firmer and can be uncomfortable for moments; it should never be sharply painful. Agree on a word for 'lighter' before you start. Soreness for a day or two afterwards is common.",
    typicalMinutes: { min: 30, max: 90 },
    typicalFrequency: weeklyOrFortnightly,
    deliveredBy: {
      mode: "practitioner",
      who: licensedMassageTherapist,
      detail:
        "Look for someone experienced with clients who have nerve pain, who checks the pressure with you often.",
    },
    evidence: {
      summary:
        "No trial in our clinical reference tested deep tissue massage for nerve pain. Reviews of massage of any style for pain in general found small benefits.",
      certainty: "insufficient",
      sources: ["ref-4.1-crawford-2016"],
    },
    precautions: [
      ...everyMassage,
      ...firmPressure,
      "Where touch itself sets off your pain, firm pressure may make it worse; start much lighter.",
    ],
    searchTerms: ["deep tissue", "sports massage", "firm pressure", "strong massage"],
  },
  {
    id: "trigger-point-therapy",
    kind: "massage",
    name: "Trigger point therapy",
    summary: "Steady pressure on tight, tender knots in muscle that can send pain elsewhere.",
    whatItIs:
      "The therapist finds small tight spots in muscles (trigger points) that are tender and may send pain to other places, and presses on each one steadily until it eases, often followed by a gentle stretch.",
    whatToExpect:
      "Pressure on each spot is held from a few seconds to about a minute and can feel intense. Say so at once if it turns sharp or burning, or spreads like your nerve pain. It is often part of a longer massage, and the spots may be tender the next day.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: weeklyOrFortnightly,
    deliveredBy: {
      mode: "practitioner",
      who: "A licensed massage therapist trained in trigger point work",
      detail:
        "Some physical therapists use it too. Ask how they adapt the pressure for nerve pain.",
    },
    evidence: {
      summary:
        "Our clinical reference has no trial of trigger point therapy for nerve pain. It rests on the general finding that massage eases pain a little.",
      certainty: "insufficient",
      sources: ["ref-4.1-crawford-2016"],
    },
    precautions: [
      ...everyMassage,
      ...firmPressure,
      "Where touch itself sets off your pain, pressing on sore spots may make it worse; start very gently.",
    ],
    searchTerms: ["trigger points", "knots", "neuromuscular therapy", "myofascial trigger point"],
  },
  {
    id: "myofascial-release",
    kind: "massage",
    name: "Myofascial release",
    summary: "Slow, sustained stretching pressure on the connective tissue around muscles.",
    whatItIs:
      "A hands-on technique in which the therapist applies slow, held pressure and stretch to the fascia, the thin connective tissue wrapped around muscles, using little or no oil and waiting for the tissue to soften.",
    whatToExpect:
      "Movements are slow and holds often last a minute or more; it feels like a gentle pull rather than rubbing. Because little oil is used, the skin itself is stretched.",
    typicalMinutes: { min: 30, max: 90 },
    typicalFrequency: weeklyOrFortnightly,
    deliveredBy: {
      mode: "practitioner",
      who: "A licensed massage therapist or physical therapist trained in myofascial release",
      detail: "Tell them about fragile skin, scars and numb areas before they start.",
    },
    evidence: {
      summary:
        "Our clinical reference has no trial of myofascial release for nerve pain; its support is the general evidence for massage, which shows small pain benefits.",
      certainty: "insufficient",
      sources: ["ref-4.1-crawford-2016"],
    },
    precautions: [
      ...everyMassage,
      "Stretching the skin can tear fragile skin (older age, long-term steroids, skin treated with radiation) and fresh scars; ask for those areas to be left alone.",
    ],
    searchTerms: ["MFR", "fascia", "fascial release", "myofascial"],
  },
  {
    id: "oncology-massage",
    kind: "massage",
    name: "Gentle (oncology) massage",
    summary:
      "Light, adapted massage for people during or after cancer treatment or in fragile health.",
    whatItIs:
      "Massage adapted to people living with cancer or its treatment, and to anyone whose body needs a lighter touch. The therapist adjusts pressure, position and the areas worked on around ports, tumours, skin treated with radiation and low blood counts, often using still holds and slow, light strokes.",
    whatToExpect:
      "The therapist asks about your treatment, blood counts, ports or lines, and areas to avoid, sometimes with your care team's advice. Pressure stays light; you can stay clothed and lie, sit or recline as is comfortable. Sessions can be short, and hands and feet alone are an option.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: {
      basis: "every-weeks",
      min: 1,
      max: 2,
      label:
        "Weekly or every two weeks; chemotherapy studies used hand and foot massage three times a week",
    },
    deliveredBy: {
      mode: "practitioner",
      who: "A licensed massage therapist trained in oncology massage",
      detail:
        "Oncology training teaches how to adapt to blood counts, ports, removed lymph nodes and cancer in the bones. Ask about it when you book.",
    },
    evidence: {
      summary:
        "In a small study of people on chemotherapy, hand and foot massage eased tingling pain, and a cancer-pain guideline says massage may be offered for pain in palliative or hospice care. The studies are small and not all randomised, so certainty is low.",
      certainty: "low",
      sources: ["ref-4.1-izgu-2019", "ref-4.1-sio-asco-2022"],
    },
    precautions: [
      ...everyMassage,
      "When blood counts are very low, check with your cancer team before a session.",
      "No massage over ports, catheters, pumps, tumours or skin being treated with radiation.",
      "No deep pressure where cancer has spread to bone.",
      "After lymph nodes were removed or treated, no deep pressure on that arm or leg.",
    ],
    searchTerms: [
      "oncology massage",
      "gentle massage",
      "cancer",
      "chemotherapy",
      "CIPN",
      "light touch",
    ],
  },
  {
    id: "manual-lymphatic-drainage",
    kind: "massage",
    name: "Manual lymphatic drainage",
    summary: "Very light, rhythmic strokes that help move lymph fluid, used for swelling.",
    whatItIs:
      "A specialised technique of very light, slow, repeating strokes that stretch the skin in the direction lymph flows. It is used mainly for lymphoedema (swelling after lymph nodes were removed or damaged), often with compression bandages or garments.",
    whatToExpect:
      "The touch is so light it may not feel like massage. The therapist often starts at the neck or trunk before the swollen limb, and may teach you a simple self-massage and fit compression. For lymphoedema it is usually a course of frequent sessions, then self-care at home.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: {
      basis: "times-per-week",
      min: 1,
      max: 3,
      label: "Often one to three times a week at first, as the lymphoedema therapist advises",
    },
    deliveredBy: {
      mode: "practitioner",
      who: "A certified lymphoedema therapist",
      detail:
        "Lymphoedema needs an assessment and a treatment plan. Massage therapists, physical therapists and occupational therapists can hold lymphoedema certification; ask for it.",
    },
    evidence: {
      summary:
        "Our clinical reference has no study of manual lymphatic drainage, for nerve pain or for swelling, so we cannot yet say how well it works. Ask your care team what is known for your situation.",
      certainty: "not-assessed",
      sources: [],
    },
    precautions: [
      ...everyMassage,
      "A limb that is suddenly red, hot and more swollen, especially with a fever, may be infected: see a clinician first.",
      "With heart or kidney problems, ask your doctor before starting.",
    ],
    searchTerms: ["MLD", "lymphatic drainage", "lymphoedema", "lymphedema", "swelling", "Vodder"],
  },
];
