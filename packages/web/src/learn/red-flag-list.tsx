import { VisitorCrisisPanel } from "../accounts/owner-crisis-panel";
import { redFlagGroups, redFlagSources } from "./red-flag-groups";
import { SourceList } from "./source-list";

/**
 * Signs that need medical care before anything else: the safety engine's own red flags and
 * urgencies (core/safety/red-flags.ts, clinical reference §3.4 and §7), grouped by how soon.
 */
export function RedFlagList() {
  return (
    <section className="panel red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">When to get help</h2>
      <p>
        Most days with nerve pain are not emergencies. A few signs do need care straight away. If
        one of them happens, stop the exercises and treatments in your plan for now and get help.
      </p>
      {redFlagGroups().map((group) => (
        <div key={group.urgency}>
          <h3>{group.heading}</h3>
          <ul>
            {group.flags.map((flag) => (
              <li key={flag.id}>{flag.text.replace(/\?$/, ".")}</li>
            ))}
          </ul>
          {group.urgency === "emergency" && <SelfHarmSection />}
        </div>
      ))}
      <SourceList sources={redFlagSources()} />
    </section>
  );
}

function SelfHarmSection() {
  return (
    <>
      <h3>If you are thinking about harming yourself</h3>
      <p>You deserve support right now, any time of day or night.</p>
      <VisitorCrisisPanel />
    </>
  );
}
