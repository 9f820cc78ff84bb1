import { dn4 } from "./definitions/dn4.js";
import { gad2 } from "./definitions/gad-2.js";
import { idPain } from "./definitions/id-pain.js";
import { peg } from "./definitions/peg.js";
import { pgic } from "./definitions/pgic.js";
import { phq2 } from "./definitions/phq-2.js";
import { phq9 } from "./definitions/phq-9.js";
import { sLanss } from "./definitions/s-lanss.js";
import type { InstrumentId } from "./instrument-ids.js";
import type { InstrumentSpec } from "./instrument-spec.js";

/** Every instrument, in the order they are listed to people. */
export const instrumentCatalog: Readonly<Record<InstrumentId, InstrumentSpec>> = {
  peg,
  pgic,
  "phq-2": phq2,
  "phq-9": phq9,
  "gad-2": gad2,
  dn4,
  "s-lanss": sLanss,
  "id-pain": idPain,
};

/**
 * Days between due dates unless the person changes them: PEG weekly; PGIC, PHQ-2 and GAD-2
 * every 4 weeks. The PHQ-9 is offered after a positive PHQ-2, and the licensed screens are taken
 * when wanted (null: never due by themselves).
 */
export const defaultIntervalDays: Readonly<Record<InstrumentId, number | null>> = {
  peg: 7,
  pgic: 28,
  "phq-2": 28,
  "phq-9": null,
  "gad-2": 28,
  dn4: null,
  "s-lanss": null,
  "id-pain": null,
};
