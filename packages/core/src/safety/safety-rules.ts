import type { SafetyRule } from "./safety-rule.js";
import { bleedingRules } from "./rules/bleeding.rules.js";
import { bloodClotRules } from "./rules/blood-clot.rules.js";
import { boneRules } from "./rules/bones.rules.js";
import { cancerRules } from "./rules/cancer.rules.js";
import { circulationRules } from "./rules/circulation.rules.js";
import { deviceRules } from "./rules/devices.rules.js";
import { fallRules } from "./rules/falls.rules.js";
import { glucoseRules } from "./rules/glucose.rules.js";
import { heatRules } from "./rules/heat.rules.js";
import { infectionRules } from "./rules/infection.rules.js";
import { lymphoedemaRules } from "./rules/lymphoedema.rules.js";
import { pregnancyRules } from "./rules/pregnancy.rules.js";
import { preSessionRules } from "./rules/pre-session.rules.js";
import { redFlagRules } from "./rules/red-flags.rules.js";
import { sensationRules } from "./rules/sensation.rules.js";
import { skinRules } from "./rules/skin.rules.js";
import { tensRules } from "./rules/tens.rules.js";

/** Every safety rule, one file per group (docs/safety.md explains how to add one). */
export const safetyRules: readonly SafetyRule[] = [
  ...bleedingRules,
  ...bloodClotRules,
  ...skinRules,
  ...sensationRules,
  ...cancerRules,
  ...lymphoedemaRules,
  ...boneRules,
  ...heatRules,
  ...deviceRules,
  ...tensRules,
  ...pregnancyRules,
  ...infectionRules,
  ...fallRules,
  ...glucoseRules,
  ...circulationRules,
  ...preSessionRules,
  ...redFlagRules,
];
