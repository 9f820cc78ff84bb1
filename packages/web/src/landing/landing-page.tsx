import { Link } from "react-router";
import { Page } from "../ui/page";
import { FeatureIcon } from "./feature-icon";

/**
 * What a signed-out visitor sees at "/": what PainPlan is, who it is for, that it is not a
 * diagnosis, and the two ways in. Short enough to read on one phone screen before the buttons.
 */
export function LandingPage() {
  return (
    <Page
      title="Welcome"
      heading="PainPlan: a calm place to keep track of nerve pain"
      intro={
        <p>
          For people living with neuropathic pain: burning, tingling or numb feet and hands after
          diabetes, chemotherapy, shingles or for no known reason. Log a day in two taps, see how
          the weeks go, and take a clear summary to your care team.
        </p>
      }
    >
      <p className="landing__actions">
        <Link className="button button--primary" to="/register">
          Create an account
        </Link>
        <Link className="button button--secondary" to="/sign-in">
          Sign in
        </Link>
      </p>
      <p className="not-a-diagnosis">
        <strong>PainPlan is not a diagnosis</strong> and does not replace your doctor. Its
        questionnaires and safety checks suggest things to talk through with your care team.
      </p>
      <section aria-labelledby="landing-what-heading">
        <h2 id="landing-what-heading">What you can do</h2>
        <ul className="landing__features">
          <li>
            <FeatureIcon feature="diary" />
            <span>
              <strong>A pain diary.</strong> How strong it is, where it hurts on a body map, what
              helped. Stable days count too.
            </span>
          </li>
          <li>
            <FeatureIcon feature="check-ins" />
            <span>
              <strong>Short check-ins.</strong> Well-studied questionnaires, each optional, to
              notice change over months.
            </span>
          </li>
          <li>
            <FeatureIcon feature="safety" />
            <span>
              <strong>Safety first.</strong> A few questions about your health show which therapies
              need care for you, and why.
            </span>
          </li>
          <li>
            <FeatureIcon feature="library" />
            <span>
              <strong>A therapy library.</strong> Massage, acupuncture, gentle yoga poses with a
              chair or wall, and calming practices, with what research says about each.
            </span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="landing-privacy-heading">
        <h2 id="landing-privacy-heading">Your data stays yours</h2>
        <p>
          Nothing is shared unless you share it. You can download everything or delete your account
          at any time.
        </p>
      </section>
      <p>
        <Link className="inline-link" to="/learn/neuropathic-pain">
          Read about neuropathic pain
        </Link>{" "}
        without an account.
      </p>
    </Page>
  );
}
