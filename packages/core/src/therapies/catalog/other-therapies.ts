import type { OtherTherapy } from "../therapy.js";

/**
 * Other treatments a plan can hold next to the complementary therapies. Our clinical reference
 * covers medicines (REFERENCE §4.5) but not yet physical therapy, TENS or exercise trials, so those
 * say "not assessed" instead of borrowing evidence from elsewhere.
 */
export const otherTherapies: readonly OtherTherapy[] = [
  {
    id: "medication",
    kind: "other",
    name: "Medication for nerve pain",
    summary:
      "Medicines prescribed for nerve pain, such as some antidepressants and anti-seizure medicines.",
    whatItIs:
      "Several groups of medicines can calm overactive pain nerves. The most studied are some antidepressants (tricyclics, and duloxetine and related medicines) and the anti-seizure medicines gabapentin and pregabalin; they work differently from ordinary painkillers. Your prescriber chooses with you, based on your health and your other medicines.",
    whatToExpect:
      "You usually start on a low dose that is raised slowly, and it can take several weeks to know whether a medicine helps. Side effects such as sleepiness or dizziness are common at first and often ease. A record of your pain and side effects helps at each review.",
    // No timed session: a medicine is taken, not attended.
    typicalMinutes: null,
    typicalFrequency: {
      basis: "as-prescribed",
      label: "As your prescriber directs, usually daily",
    },
    deliveredBy: {
      mode: "clinician",
      who: "Your doctor or another prescriber",
      detail:
        "Only a prescriber should start, change or stop these medicines; some must be reduced slowly rather than stopped at once.",
    },
    evidence: {
      summary:
        "Reviews of many trials show these medicines help some people, but modestly: for every 4 to 8 people treated, about one more has their pain halved than with a dummy pill. For nerve damage from chemotherapy, duloxetine is the only medicine with adequate evidence, and its benefit is limited.",
      certainty: "moderate",
      sources: ["ref-4.5-finnerup-2015", "ref-4.1-asco-cipn-2020"],
    },
    precautions: [
      "Take them only as prescribed, and do not stop suddenly without advice.",
      "Sleepiness and dizziness raise the risk of falls: take extra care with balance poses, stairs and driving.",
      "Tell every clinician and practitioner you see what you take, especially blood thinners.",
      "Tell your prescriber about other medicines, supplements and alcohol.",
    ],
    searchTerms: [
      "medicine",
      "medicines",
      "drugs",
      "prescription",
      "duloxetine",
      "gabapentin",
      "pregabalin",
      "tricyclic",
      "antidepressant",
    ],
  },
  {
    id: "physical-therapy",
    kind: "other",
    name: "Physical therapy",
    summary: "Exercises, balance training and hands-on treatment guided by a physical therapist.",
    whatItIs:
      "A physical therapist (physiotherapist) assesses your strength, balance, walking and how pain limits you, then sets exercises and sometimes hands-on treatment, balance training or aids, with a programme to do at home.",
    whatToExpect:
      "The first visit is an assessment with questions and movement tests. Later visits go through exercises, check progress and adjust the home programme. Most of the benefit comes from doing the exercises between visits.",
    typicalMinutes: { min: 30, max: 60 },
    typicalFrequency: {
      basis: "times-per-week",
      min: 1,
      max: 2,
      label: "Once or twice a week at first, then less often as you take over at home",
    },
    deliveredBy: {
      mode: "clinician",
      who: "A licensed physical therapist (physiotherapist)",
      detail: "Ask for someone experienced with neuropathy, balance and preventing falls.",
    },
    evidence: {
      summary:
        "Our clinical reference does not yet cover trials of physical therapy for nerve pain, so we do not rate it here. Your provider can tell you what is known for your condition.",
      certainty: "not-assessed",
      sources: [],
    },
    precautions: [
      "Tell the therapist about numb areas, falls and dizziness.",
      "Mild muscle soreness after exercise is normal; sharp or spreading pain is a reason to stop and tell them.",
      "If your feet are numb, check them for blisters or sores after each session.",
    ],
    searchTerms: ["physiotherapy", "physio", "PT", "rehabilitation", "balance training"],
  },
  {
    id: "tens",
    kind: "other",
    name: "TENS (nerve stimulation through the skin)",
    summary: "A small battery device that sends mild electric pulses through pads on the skin.",
    whatItIs:
      "TENS stands for transcutaneous electrical nerve stimulation. Sticky pads on the skin near the pain are wired to a pocket-sized unit that sends gentle pulses, felt as tingling, which can dull pain signals while it is on.",
    whatToExpect:
      "A physical therapist or clinician shows you where to put the pads and how to set the strength. You turn it up until the tingling is strong but comfortable. Any relief tends to fade when the device is switched off.",
    typicalMinutes: { min: 20, max: 60 },
    typicalFrequency: {
      basis: "times-per-week",
      min: 3,
      max: 7,
      label: "When needed, up to daily, as your clinician advises",
    },
    deliveredBy: {
      mode: "self-guided",
      who: "You, after a clinician or physical therapist shows you how",
      detail: "Ask them which settings and pad positions suit your pain.",
    },
    evidence: {
      summary:
        "Our clinical reference does not yet cover trials of TENS for nerve pain, so we do not rate it here. Ask your provider what is known for your condition.",
      certainty: "not-assessed",
      sources: [],
    },
    precautions: [
      "Not with a pacemaker, defibrillator or other implanted electrical device unless your heart specialist agrees.",
      "Not on numb skin, where you cannot feel how strong it is, nor on broken or irritated skin, a healing wound or a blood clot.",
      "Never place pads on the front of the neck, over the eyes or across the chest; in pregnancy, never on the belly, pelvis or lower back.",
      "Not while driving, in water, or while asleep.",
      "With epilepsy, ask your doctor first.",
    ],
    searchTerms: [
      "transcutaneous electrical nerve stimulation",
      "nerve stimulator",
      "electrotherapy",
      "e-stim",
    ],
  },
  {
    id: "exercise",
    kind: "other",
    name: "Exercise and physical activity",
    summary: "Regular walking, cycling, swimming or strength work at a comfortable level.",
    whatItIs:
      "Any regular physical activity that raises your heart rate or builds strength and balance, such as walking, an exercise bike, swimming, water exercise or light weights. It supports general health, mood and sleep, and with diabetes, blood sugar.",
    whatToExpect:
      "Start with short, easy sessions, even ten minutes, and build up slowly over weeks. Feeling warm and a little out of breath is normal; a pain flare that lasts into the next day is a sign to ease off.",
    typicalMinutes: { min: 10, max: 45 },
    typicalFrequency: {
      basis: "times-per-week",
      min: 3,
      max: 5,
      label: "Three to five times a week, built up gradually",
    },
    deliveredBy: {
      mode: "self-guided",
      who: "You, with advice from your clinician or a physical therapist",
      detail:
        "Before starting something new and demanding, ask which activities suit your heart, feet and balance.",
    },
    evidence: {
      summary:
        "Our clinical reference does not yet cover trials of exercise for nerve pain, so we do not rate it here. For back pain, a Cochrane review found yoga helped about as much as other exercise.",
      certainty: "not-assessed",
      sources: ["ref-4.3-wieland-2022"],
    },
    precautions: [
      "If your feet are numb, wear well-fitting shoes and check your feet for blisters or sores after each session.",
      "If walking hurts your feet or your balance is poor, choose cycling, swimming or water exercise.",
      "With diabetic eye disease, avoid heavy straining and holding your breath.",
      "Stop and get medical help at once for chest pain, severe breathlessness or feeling faint.",
    ],
    searchTerms: [
      "physical activity",
      "walking",
      "swimming",
      "cycling",
      "strength training",
      "fitness",
    ],
  },
];
