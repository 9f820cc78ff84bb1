import { Link } from "react-router";
import { Page } from "../ui/page";
import { learnSources } from "./learn-sources";
import { RedFlagList } from "./red-flag-list";
import { SourceList } from "./source-list";

/** Education in our own words: what nerve pain is, why it lasts, what helps, when to get help. */
export function NeuropathicPainPage() {
  return (
    <Page
      title="Understanding neuropathic pain"
      intro={
        <p>
          A short, plain guide. It is general information, not a diagnosis: your doctor or care team
          knows your situation best.
        </p>
      }
    >
      <section className="panel" aria-labelledby="what-heading">
        <h2 id="what-heading">What it is</h2>
        <p>
          Neuropathic pain, or nerve pain, comes from nerves that are damaged or not working as they
          should. Usually pain is a message that something is hurting the body. With nerve pain, the
          wiring itself sends pain messages, even when nothing is touching or hurting the painful
          place.
        </p>
      </section>
      <section className="panel" aria-labelledby="causes-heading">
        <h2 id="causes-heading">Common causes</h2>
        <ul>
          <li>Diabetes, type 1 or type 2, often starting in the feet.</li>
          <li>Some chemotherapy medicines.</li>
          <li>Shingles, when pain stays after the rash has healed (post-herpetic neuralgia).</li>
          <li>Multiple sclerosis, a spinal cord injury or a stroke.</li>
          <li>A nerve that is squeezed, as in carpal tunnel syndrome.</li>
          <li>HIV, low vitamin B12 and heavy alcohol use.</li>
        </ul>
        <p>Sometimes no cause is found. The pain is just as real.</p>
      </section>
      <section className="panel" aria-labelledby="feel-heading">
        <h2 id="feel-heading">How it can feel</h2>
        <ul>
          <li>Burning, tingling, or pins and needles.</li>
          <li>Shooting pain, like an electric shock.</li>
          <li>Numbness, or cold that hurts.</li>
          <li>Pain from light touch: clothes or bed sheets can hurt (allodynia).</li>
        </ul>
        <p>
          It often changes from day to day. Noting it in your diary, with where it is and how it
          feels, helps you and your care team see patterns.
        </p>
      </section>
      <section className="panel" aria-labelledby="lasts-heading">
        <h2 id="lasts-heading">Why it can last</h2>
        <p>
          Nerves heal slowly, and some do not heal fully. The nervous system can also become more
          sensitive over time, so that it keeps sending pain signals. Poor sleep, worry and low mood
          can turn the volume up; rest, gentle movement and support can help turn it down.
        </p>
      </section>
      <section className="panel" aria-labelledby="helps-heading">
        <h2 id="helps-heading">What can help, honestly</h2>
        <p>
          Medicines for nerve pain help some people, often partly. A large review of studies found
          that for every 4 to 8 people who took one of the main medicines, about one more person had
          their pain halved than with a dummy pill. Finding what suits you can take several tries.
        </p>
        <p>
          A change of about 2 points on a 0 to 10 scale, or about a third of your usual pain, is the
          kind of change people tend to notice as real improvement.
        </p>
        <p>
          Massage, acupuncture, yoga and mindfulness can add to medical care. The studies are small;
          the benefits found most often were in quality of life, anxiety, tiredness, everyday
          function and balance, more than in the pain itself. With multiple sclerosis, avoid heat
          treatments (hot stones, saunas): warmth can bring symptoms on for a while.
        </p>
        <SourceList
          sources={[learnSources.finnerup, learnSources.farrar, learnSources.heatSensitivity]}
        />
      </section>
      <RedFlagList />
      <p className="page__aside">
        <Link to="/profile">Back to your pain profile</Link>
      </p>
    </Page>
  );
}
