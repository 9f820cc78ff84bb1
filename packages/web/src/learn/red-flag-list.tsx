import { learnSources } from "./learn-sources";
import { SourceList } from "./source-list";

/**
 * Signs that need medical care before anything else (clinical reference §3.4), grouped by how
 * soon: calm, clear, and each with what to do now.
 */
export function RedFlagList() {
  return (
    <section className="panel red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">When to get help</h2>
      <p>
        Most days with nerve pain are not emergencies. A few signs do need care straight away. If
        one of them happens, stop the exercises and treatments in your plan for now and get help.
      </p>
      <h3>Call an emergency number now (911 in the US, 999 in the UK, 112 in Europe)</h3>
      <ul>
        <li>
          Weakness, numbness or tingling that spreads over hours or days, trouble walking, or
          trouble breathing or swallowing.
        </li>
        <li>
          Sudden weakness in one part of the body, a drooping face, an arm that drifts down, or
          speech that changes.
        </li>
        <li>
          Numbness between the legs or around the bottom, new trouble controlling your bladder or
          bowels, or leg weakness together with back pain.
        </li>
        <li>Sudden breathlessness, chest pain, fainting, or coughing up blood.</li>
      </ul>
      <h3>If you are thinking about harming yourself</h3>
      <p>
        You deserve support right now. In the US, call or text <a href="tel:988">988</a> (Suicide
        and Crisis Lifeline), any time. Elsewhere, call your local emergency number.
      </p>
      <h3>Get medical care today</h3>
      <ul>
        <li>
          A sore, blister, ulcer or break in the skin of a foot, especially with redness, streaks,
          warmth, swelling, pus, a bad smell, or blue or black skin.
        </li>
        <li>A fever lasting more than a day while you have a sore on your foot.</li>
        <li>Swelling, warmth, redness or pain in one calf or leg.</li>
        <li>A fever with new, severe back pain.</li>
      </ul>
      <h3>Tell your doctor soon</h3>
      <ul>
        <li>New numbness that does not go away.</li>
        <li>New pain if you have had cancer, or weight loss you cannot explain.</li>
      </ul>
      <SourceList
        sources={[
          learnSources.guillainBarre,
          learnSources.stroke,
          learnSources.caudaEquina,
          learnSources.diabeticFoot,
        ]}
      />
    </section>
  );
}
