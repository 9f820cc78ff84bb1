import type { SafetySheet } from "@painplan/core";
import type { ReactNode } from "react";
import { usePersonDates } from "../accounts/use-person-dates";

type SheetItem = { key: string; content: ReactNode };

const plain = (texts: readonly string[]): SheetItem[] =>
  texts.map((text) => ({ key: text, content: text }));

/** Named areas arrive as one short phrase ("Both feet, Left knee"); none is an empty list. */
const areaItems = (areas: SafetySheet["reducedSensationAreas"]): SheetItem[] =>
  areas.regionIds.length === 0 ? [] : plain([areas.text]);

function SheetList({ title, items }: { title: string; items: readonly SheetItem[] }) {
  return (
    <section className="panel sheet__section" aria-label={title}>
      <h2 className="sheet__title">{title}</h2>
      {items.length === 0 ? (
        <p>Nothing noted.</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The sheet itself: short lists in the order a therapist needs them, no advice to read twice. */
export function SheetContent({ sheet }: { sheet: SafetySheet }) {
  const contact = sheet.emergencyContact;
  const dates = usePersonDates();
  return (
    <article className="sheet" aria-label="Safety sheet">
      <p>
        <strong>{sheet.personName}</strong> · made on {dates.calendarDate(sheet.generatedOn)}
        {sheet.intakeStatus === "in-progress" && " · some questions are not answered yet"}
      </p>
      <SheetList
        title="Do not work on these areas"
        items={sheet.areasToAvoid.map((area) => ({
          key: `${area.text}-${area.reason}`,
          content: (
            <>
              <strong>{area.text}</strong>: {area.reason}
            </>
          ),
        }))}
      />
      <SheetList
        title="Reduced feeling: light pressure, no heat"
        items={areaItems(sheet.reducedSensationAreas)}
      />
      <SheetList
        title="Light touch hurts: slow, firm, still contact"
        items={areaItems(sheet.touchHypersensitivityAreas)}
      />
      <SheetList title="Other precautions" items={plain(sheet.precautions)} />
      <SheetList
        title="Medicines and devices"
        items={plain([...sheet.medications, ...sheet.implantedDevices])}
      />
      <section className="panel sheet__section" aria-label="During the session">
        <h2 className="sheet__title">During the session</h2>
        <p>Pressure: {sheet.pressurePreferenceText}</p>
        {sheet.discomfortSignal !== null && <p>To show discomfort: {sheet.discomfortSignal}</p>}
        {contact !== null && (
          <p>
            In an emergency call {contact.name}
            {contact.relationship === null ? "" : ` (${contact.relationship})`}: {contact.phone}
          </p>
        )}
      </section>
      <p className="not-a-diagnosis">{sheet.disclaimer}</p>
    </article>
  );
}
