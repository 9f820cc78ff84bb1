import {
  routineIdOf,
  routineMinuteChoices,
  type Routine,
  type RoutineMinutes,
} from "@painplan/core";
import { Link, useSearchParams } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { Page } from "../ui/page";
import { durationWords } from "./playable-step";
import { PoseFigure } from "./pose-figure";
import { playPath } from "./practice-names";
import { useYogaRoutine } from "./practice-queries";
import { routinePoseView } from "./routine-steps";
import "./practice.css";

function minutesFrom(value: string | null): RoutineMinutes {
  const minutes = Number(value ?? "10");
  return (routineMinuteChoices as readonly number[]).includes(minutes)
    ? (minutes as RoutineMinutes)
    : 10;
}

/**
 * `/practice/routines?minutes=10`: a gentle yoga routine of 5, 10 or 15 minutes assembled from
 * the person's safety answers: each pose drawn, with its chair or wall version where balance
 * calls for it, its cues and cautions; what was left out and why; why it is shorter when it is.
 */
export function RoutinesPage() {
  const [searchParams] = useSearchParams();
  const minutes = minutesFrom(searchParams.get("minutes"));
  const routine = useYogaRoutine(minutes);
  return (
    <Page
      title="Gentle yoga"
      intro="Poses chosen from your safety answers. Move slowly, breathe, and stop if anything brings on sharp or spreading pain."
    >
      <nav className="routine-lengths" aria-label="Routine length">
        {routineMinuteChoices.map((choice) => (
          <Link
            key={choice}
            className="routine-lengths__link"
            to={`/practice/routines?minutes=${choice}`}
            replace
            aria-current={choice === minutes ? "page" : undefined}
          >
            {choice} minutes
          </Link>
        ))}
      </nav>
      {routine.isPending && <LoadingPanel what="your routine" />}
      {routine.isError && (
        <RetryPanel
          what="your routine"
          onRetry={() => {
            void routine.refetch();
          }}
        />
      )}
      {routine.data !== undefined && <RoutineDetails routine={routine.data} />}
    </Page>
  );
}

function RoutineDetails({ routine }: { routine: Routine }) {
  const hasPoses = routine.poses.length > 0;
  return (
    <>
      {routine.shorterReason !== null && (
        <div className="panel panel--calm">
          <h2 className="routine__subheading">Why it is shorter</h2>
          <p>{routine.shorterReason}</p>
        </div>
      )}
      {hasPoses && (
        <p className="routine__start">
          <span>About {durationWords(routine.totalSeconds)}.</span>{" "}
          <Link
            className="button button--primary"
            to={playPath(routineIdOf(routine.requestedMinutes), routine.requestedMinutes)}
          >
            Start this routine
          </Link>
        </p>
      )}
      {routine.notes.length > 0 && (
        <ul className="routine__notes">
          {routine.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <ol className="routine__poses">
        {routine.poses.map((pose, index) => {
          const view = routinePoseView(pose);
          return (
            <li key={`${index}-${pose.poseId}`} className="routine-pose">
              <PoseFigure poseId={view.poseId} version={view.drawing} width={180} />
              <div className="routine-pose__words">
                <h2 className="routine-pose__name">
                  {view.name}
                  {view.versionLabel !== null && (
                    <span className="routine-pose__version"> · {view.versionLabel}</span>
                  )}
                </h2>
                <p>{view.instructions}</p>
                <ul className="routine-pose__cues">
                  {view.cues.map((cue) => (
                    <li key={cue}>{cue}</li>
                  ))}
                </ul>
                <p className="routine-pose__time">
                  {view.rounds > 1
                    ? `${view.rounds} rounds of ${durationWords(view.holdSeconds)}`
                    : durationWords(view.holdSeconds)}
                </p>
                {view.cautions.map((caution) => (
                  <p key={caution} className="routine-pose__caution">
                    <strong>Take care:</strong> {caution}
                  </p>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      {routine.leftOut.length > 0 && (
        <details className="routine__left-out">
          <summary>Left out for you ({routine.leftOut.length})</summary>
          <ul>
            {routine.leftOut.map((pose) => (
              <li key={pose.poseId}>{pose.reason}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
