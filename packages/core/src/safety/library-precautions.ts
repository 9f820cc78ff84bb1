import type { TherapyId } from "../therapies/therapy-ids.js";
import { therapyCatalog } from "../therapies/therapy-catalog.js";

/**
 * Why the therapy library shows each precaution (its `precautions`, and a yoga pose's
 * `avoidIf`). The library's words and the safety rules must agree: a precaution that depends on
 * something about the person is backed by the rules that turn the intake's answer into a
 * verdict, so the person sees it applied to them. The rest are advice for everyone, or things the
 * intake does not ask about (said plainly wherever we say "no concern found").
 *
 * `library-precautions.test.ts` fails when a precaution is shown with no entry here, or names a
 * rule that does not exist or does not touch the therapy showing it.
 */
export type PrecautionBasis =
  /** Backed by these rules (ids of `safetyRules`). */
  | { kind: "rules"; ruleIds: readonly string[] }
  /** True for everyone: how the therapy is done, what is normal, when to stop. */
  | { kind: "general" }
  /** About something the intake does not ask; `topic` is said where a verdict is "ok". */
  | { kind: "not-asked"; topic: string };

const rules = (...ruleIds: string[]): PrecautionBasis => ({ kind: "rules", ruleIds });
const general: PrecautionBasis = { kind: "general" };
const notAsked = (topic: string): PrecautionBasis => ({ kind: "not-asked", topic });

export const precautionBasis: Readonly<Record<string, PrecautionBasis>> = {
  // Massage (reference §3.1)
  "A leg that is swollen, warm, red or painful on one side can be a blood clot: see a doctor before any massage.":
    rules("leg-swelling-no-massage", "blood-clot-massage"),
  "Tell the therapist about blood thinners, bleeding problems, recent surgery, and any broken, healing or infected skin; those areas are left alone.":
    rules(
      "bleeding-risk-light-massage",
      "bleeding-risk-deep-massage",
      "recent-surgery-massage",
      "diabetic-foot-massage",
      "new-wound",
    ),
  "Where skin is numb you cannot judge pressure or heat: ask for light to moderate pressure there and no hot stones or heat packs.":
    rules("reduced-sensation-massage"),
  "Put off massage if you have a fever or an infection.": rules("fever-massage"),
  "If you are pregnant, check with your clinician first.": rules("pregnancy-massage"),
  "Soreness or a small bruise for a day or two can happen; pain that keeps getting worse is a reason to call your clinician.":
    general,
  "Not with blood thinners, a bleeding disorder or low platelets: firm pressure can cause bruising or bleeding.":
    rules("bleeding-risk-deep-massage"),
  "Not over bones weakened by osteoporosis or cancer.": rules("weak-bones-massage"),
  "Where touch itself sets off your pain, firm pressure may make it worse; start much lighter.":
    rules("touch-hypersensitivity-massage"),
  "Where touch itself sets off your pain, pressing on sore spots may make it worse; start very gently.":
    rules("touch-hypersensitivity-massage"),
  "Stretching the skin can tear fragile skin (older age, long-term steroids, skin treated with radiation) and fresh scars; ask for those areas to be left alone.":
    rules("fragile-skin-massage"),
  "When blood counts are very low, check with your cancer team before a session.": rules(
    "low-blood-counts-massage",
  ),
  "No massage over ports, catheters, pumps, tumours or skin being treated with radiation.":
    rules("chemotherapy-massage"),
  "No deep pressure where cancer has spread to bone.": rules("weak-bones-massage"),
  "After lymph nodes were removed or treated, no deep pressure on that arm or leg.":
    rules("lymphoedema-massage"),
  "A limb that is suddenly red, hot and more swollen, especially with a fever, may be infected: see a clinician first.":
    rules("fever-massage", "new-wound"),
  "With heart or kidney problems, ask your doctor before starting.": rules(
    "heart-kidney-lymph-drainage",
  ),

  // Acupuncture (reference §3.2)
  "Needles must be sterile, used once and placed by a licensed practitioner.": general,
  "With blood thinners, tell the acupuncturist: shallow needling with fine needles is advised. With a severe bleeding disorder, do not have acupuncture.":
    rules("blood-thinners-acupuncture", "bleeding-disorder-acupuncture"),
  "No needles through broken, ulcerated, burned or infected skin. If your feet are numb, have them checked before needles go in the feet or legs.":
    rules("new-wound", "diabetic-foot-acupuncture", "numb-feet-acupuncture"),
  "If you are pregnant, say so: some points are avoided.": rules(
    "pregnancy-acupuncture",
    "pregnancy-electroacupuncture",
  ),
  "If your white blood cells are very low after chemotherapy, ask your cancer team first.": rules(
    "low-blood-counts-acupuncture",
  ),
  "Small bruises or spots of blood are common. Needles in the chest or upper back carry a rare risk of a punctured lung.":
    general,
  "A new pain nobody has explained should be checked by a doctor first.": rules("red-flags-first"),
  "Not with a pacemaker, defibrillator (ICD), medicine pump or any other implanted electrical device.":
    rules("implanted-device-electrical-stimulation"),
  "Not with epilepsy that is not under control.": rules("epilepsy-electroacupuncture"),
  "The current is never passed across the chest or the head.": general,

  // Yoga (reference §3.3): every pose
  "Use a chair or a wall for support in standing and balance poses, and move slowly between positions.":
    rules("falls-standing-yoga"),
  "Practise on a non-slip surface. If your feet are numb, wear grippy socks or shoes and check your feet for marks afterwards.":
    rules("reduced-sensation-yoga", "diabetic-foot-yoga"),
  "Avoid hot or heated yoga, especially with multiple sclerosis or numb skin.": rules(
    "ms-heat-yoga",
    "reduced-sensation-yoga",
  ),
  "If you get dizzy when you stand up, rise slowly and pause before moving on.":
    rules("dizzy-on-standing"),
  "Stop if a pose brings on sharp, shooting or spreading pain.": general,
  // Yoga: single poses (`avoidIf`)
  "A recent back or neck injury, until your clinician says movement is fine.": notAsked(
    "a recent back or neck injury",
  ),
  "Dizziness when standing up or low blood pressure: do the seated forward fold instead.":
    rules("dizzy-on-standing"),
  "Diabetic eye disease (proliferative retinopathy): avoid head-low positions and straining unless your eye doctor agrees.":
    notAsked("diabetic eye disease"),
  "Recent back surgery, or a disc problem that flares with bending: ask your clinician first.":
    notAsked("back surgery or a disc problem"),
  "Frequent falls or very poor balance: do mountain pose at the wall instead.":
    rules("falls-standing-yoga"),
  "A hip or knee replacement with movement limits: check with your surgeon or physical therapist.":
    notAsked("a hip or knee replacement"),
  "Neck pain or injury made worse by weight on the upper back.": notAsked("a neck injury"),
  "Recent knee surgery or knees that cannot bend fully: use the chair version.": notAsked(
    "knee surgery or stiff knees",
  ),
  "Feeling faint when you sit up afterwards.": rules("dizzy-on-standing"),
  "Osteoporosis or weak bones: avoid deep or forced twisting.": rules("weak-bones-spine-yoga"),
  "Recent back surgery: ask your surgeon first.": notAsked("back surgery"),
  "If a shoulder is painful or stiff, keep that hand on your hip instead.": notAsked(
    "a painful or stiff shoulder",
  ),
  "Back pain that worsens when you arch backwards.": notAsked("back pain when arching backwards"),
  "Pregnancy (lying on the belly).": rules("pregnancy-prone-yoga"),

  // Mindfulness
  "If a practice brings up strong distress, open your eyes, stop and notice the room around you; if it keeps happening, talk with a mental-health professional.":
    general,
  "Paying attention to the body can make pain stand out at first. You can move your attention elsewhere at any time.":
    general,
  "These practices go alongside medical care and do not replace it.": general,
  "Tense gently, at about half effort: hard tensing can set off cramp or pain, especially in the feet and calves.":
    general,
  "Skip any area that is injured or very painful, and keep breathing while you tense.": general,
  "Stop and breathe normally if you feel light-headed.": general,
  "With lung or heart disease, keep the counts comfortable and ask your clinician about breathing exercises.":
    notAsked("lung or heart disease"),

  // Other therapies
  "Take them only as prescribed, and do not stop suddenly without advice.": general,
  "Sleepiness and dizziness raise the risk of falls: take extra care with balance poses, stairs and driving.":
    general,
  "Tell every clinician and practitioner you see what you take, especially blood thinners.":
    general,
  "Tell your prescriber about other medicines, supplements and alcohol.": general,
  "Tell the therapist about numb areas, falls and dizziness.": rules(
    "falls-exercise",
    "dizzy-on-standing",
    "numb-feet-exercise",
  ),
  "Mild muscle soreness after exercise is normal; sharp or spreading pain is a reason to stop and tell them.":
    general,
  "If your feet are numb, check them for blisters or sores after each session.":
    rules("numb-feet-exercise"),
  "Not with a pacemaker, defibrillator or other implanted electrical device unless your heart specialist agrees.":
    rules("implanted-device-electrical-stimulation"),
  "Not on numb skin, where you cannot feel how strong it is, nor on broken or irritated skin, a healing wound or a blood clot.":
    rules("tens-reduced-sensation", "tens-broken-skin", "tens-blood-clot", "new-wound"),
  "Never place pads on the front of the neck, over the eyes or across the chest; in pregnancy, never on the belly, pelvis or lower back.":
    rules("tens-pregnancy"),
  "Not while driving, in water, or while asleep.": general,
  "With epilepsy, ask your doctor first.": rules("tens-epilepsy"),
  "If your feet are numb, wear well-fitting shoes and check your feet for blisters or sores after each session.":
    rules("numb-feet-exercise"),
  "If walking hurts your feet or your balance is poor, choose cycling, swimming or water exercise.":
    rules("falls-exercise", "diabetic-foot-weight-bearing"),
  "With diabetic eye disease, avoid heavy straining and holding your breath.":
    notAsked("diabetic eye disease"),
  "Stop and get medical help at once for chest pain, severe breathlessness or feeling faint.":
    general,
};

/** Every precaution a therapy shows in the library, in order (`precautions`, then `avoidIf`). */
export function libraryPrecautions(therapyId: TherapyId): readonly string[] {
  const therapy = therapyCatalog.find((entry) => entry.id === therapyId);
  if (therapy === undefined) return [];
  return [...therapy.precautions, ...(therapy.kind === "yoga" ? therapy.avoidIf : [])];
}

/**
 * What the intake does not ask that the library says matters for this therapy, in plain words
 * ("diabetic eye disease"), so an "ok" verdict can say what it did not look at.
 */
export function notAskedTopics(therapyId: TherapyId): string[] {
  const topics = libraryPrecautions(therapyId).flatMap((text) => {
    const basis = precautionBasis[text];
    return basis?.kind === "not-asked" ? [basis.topic] : [];
  });
  return [...new Set(topics)];
}

/**
 * What an "ok" verdict means, in plain words (reference §7, other findings): no concern was
 * found from the answers given, which is not medical clearance. Names what the intake did not
 * ask that matters for this therapy, and keeps "talk to your provider".
 */
export function noConcernExplanation(therapyId: TherapyId): string[] {
  const topics = notAskedTopics(therapyId);
  return [
    "No concern found from the answers you gave.",
    topics.length === 0
      ? "The safety questions cover the common risks of this therapy, not your whole health."
      : `The safety questions did not ask about ${joinWords(topics)}, which can matter here.`,
    "This is not a medical clearance: talk to your provider if you are unsure, or when your health changes.",
  ];
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} or ${words.at(-1) ?? ""}`;
}
