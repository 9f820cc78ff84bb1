import { emptySafetyIntake } from "@painplan/core";
import type { AppModule } from "../app-module.js";
import { planService } from "../plan/plan.service.js";
import { installedInstrumentsRepository } from "../questionnaires/installed-instruments.repository.js";
import { instrumentDefinitionsService } from "../questionnaires/instrument-definitions.service.js";
import { questionnaireResponsesRepository } from "../questionnaires/questionnaire-responses.repository.js";
import { requestReminderRefresh } from "../reminders/reminder-job-kinds.js";
import { safetyIntakeRepository } from "../safety/safety-intake.repository.js";
import { careTeamMembersRepository } from "./care-team-members.repository.js";
import { careTeamMembersService } from "./care-team-members.service.js";
import { careTeamProposalsRepository } from "./care-team-proposals.repository.js";
import { careTeamProposalsService } from "./care-team-proposals.service.js";
import { careTeamRecordsRepository } from "./care-team-records.repository.js";
import { careTeamRecordsService } from "./care-team-records.service.js";
import { careTeamRoutes } from "./care-team.routes.js";

/**
 * The care team: invitations, scopes and revocation (the grants themselves are read by
 * `careTeamGrants`, wired into record access in app.ts), the practitioner's clients, plan
 * proposals the person decides, the diary summary and a clinician's DN4 examination.
 */
export const careTeamModule: AppModule = {
  name: "care-team",
  register({ route, deps, accounts, jobs }) {
    const intakes = safetyIntakeRepository(deps.db);
    const plans = planService({
      ...deps,
      currentIntake: async (userId) => (await intakes.current(userId)) ?? emptySafetyIntake,
      planChanged: (userId) => requestReminderRefresh(jobs.queue, userId, deps.clock.now()),
    });
    careTeamRoutes(route, {
      members: careTeamMembersService({
        members: careTeamMembersRepository(deps.db),
        users: accounts.users,
        mailer: deps.mailer,
        publicUrl: deps.publicUrl,
        clock: deps.clock,
        ids: deps.ids,
      }),
      proposals: careTeamProposalsService({
        proposals: careTeamProposalsRepository(deps.db),
        plans,
        clock: deps.clock,
        ids: deps.ids,
      }),
      records: careTeamRecordsService({
        records: careTeamRecordsRepository(deps.db, deps.writes),
        responses: questionnaireResponsesRepository(deps.db),
        definitions: instrumentDefinitionsService(installedInstrumentsRepository(deps.db)),
        clock: deps.clock,
        ids: deps.ids,
      }),
    });
  },
};
