import type { TherapyDetailResponse } from "@painplan/core";

type Therapy = TherapyDetailResponse["therapy"];

const variantNames = { chair: "With a chair", wall: "Against a wall" } as const;

/**
 * Yoga poses always show their supported version first (neuropathy makes balance unreliable),
 * then the cues; practices show their steps. Other kinds have nothing more to add.
 */
export function PracticeDetails({ therapy }: { therapy: Therapy }) {
  switch (therapy.kind) {
    case "yoga":
      return (
        <section className="panel" aria-labelledby="variant-heading">
          <h2 id="variant-heading">{variantNames[therapy.supportedVariant]}: the supported way</h2>
          <p>{therapy.variantDescription}</p>
          <h3>Cues</h3>
          <ul className="cue-list">
            {therapy.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
          {therapy.avoidIf.length > 0 && (
            <>
              <h3>Skip this pose if</h3>
              <ul className="cue-list">
                {therapy.avoidIf.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      );
    case "mindfulness":
      return (
        <section className="panel" aria-labelledby="steps-heading">
          <h2 id="steps-heading">How to do it</h2>
          <ol className="cue-list">
            {therapy.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      );
    case "massage":
    case "acupuncture":
    case "other":
      return null;
  }
}
