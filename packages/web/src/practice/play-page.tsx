import { buildGuidedPractice, type PracticeId } from "@painplan/core";
import { useParams, useSearchParams } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { Page } from "../ui/page";
import { PracticeSession } from "./practice-session";
import type { PlayableStep } from "./playable-step";
import {
  isPracticeId,
  isRoutineId,
  isScriptedPracticeId,
  practiceName,
  routineMinutesOf,
} from "./practice-names";
import { useBodyScan, useYogaRoutine } from "./practice-queries";
import { routineSteps } from "./routine-steps";
import "./practice.css";

/** The minutes asked for in the address, kept within 1–20 (3 when missing: "start small"). */
function minutesFrom(value: string | null): number {
  const minutes = Number(value ?? "3");
  return Number.isInteger(minutes) ? Math.min(20, Math.max(1, minutes)) : 3;
}

/**
 * `/practice/play/:practiceId?minutes=N`: loads everything the practice needs (scripted practices
 * are built on the device; a body scan or a routine comes from the server once), then hands it
 * to the session: pain before, the player, pain after and the log.
 */
export function PlayPage() {
  const { practiceId } = useParams();
  const [searchParams] = useSearchParams();
  if (!isPracticeId(practiceId)) return <NotFoundPage />;
  const minutes = isRoutineId(practiceId)
    ? routineMinutesOf(practiceId)
    : minutesFrom(searchParams.get("minutes"));
  return (
    <Page title={practiceName(practiceId)}>
      <LoadedPractice practiceId={practiceId} minutes={minutes} />
    </Page>
  );
}

function LoadedPractice({ practiceId, minutes }: { practiceId: PracticeId; minutes: number }) {
  const isRoutine = isRoutineId(practiceId);
  const isBodyScan = practiceId === "body-scan";
  const routine = useYogaRoutine(isRoutine ? routineMinutesOf(practiceId) : 5, isRoutine);
  const bodyScan = useBodyScan(minutes, isBodyScan);
  const name = practiceName(practiceId);

  let steps: PlayableStep[] | undefined;
  let poseIds: string[] | undefined;
  const query = isRoutine ? routine : isBodyScan ? bodyScan : undefined;
  if (isScriptedPracticeId(practiceId)) steps = buildGuidedPractice(practiceId, minutes).steps;
  else if (isBodyScan && bodyScan.data !== undefined) steps = bodyScan.data.steps;
  else if (isRoutine && routine.data !== undefined) {
    steps = routineSteps(routine.data);
    poseIds = routine.data.poses.map((pose) => pose.poseId);
  }

  if (steps === undefined) {
    if (query?.isError === true) {
      return (
        <RetryPanel
          what="this practice"
          onRetry={() => {
            void query.refetch();
          }}
        />
      );
    }
    return <LoadingPanel what="your practice" />;
  }
  if (steps.length === 0) {
    return (
      <div className="panel">
        <p>
          {routine.data?.shorterReason ??
            "There is nothing in this routine for you today. A breathing practice may suit instead."}
        </p>
      </div>
    );
  }
  return <PracticeSession practiceId={practiceId} name={name} steps={steps} poseIds={poseIds} />;
}
