/**
 * A step's goal, live: each part of an all / any / not goal on its own line, met or not in words (and by mark,
 * never by color alone), with what the run shows so far ("2 of 3", "100 % of 25 requests", "12 of 30 s").
 */
import { goalLabel, type GoalProgress, type GoalStatus, type Lens } from '../../lessons';
import { lessonWords } from '../../lens/lessonWords';

export function progressText(progress: GoalProgress, lens: Lens): string {
  switch (progress.kind) {
    case 'count':
      return `${progress.have} of ${progress.want}`;
    case 'share':
      return progress.share === null
        ? `no ${lessonWords(lens).requests} yet`
        : `${Math.round(progress.share * 100)} % of ${progress.requests} ${lessonWords(lens).requests}`;
    case 'value':
      return `now ${progress.value === null ? 'none' : JSON.stringify(progress.value)}`;
    case 'seconds':
      return `${Math.floor(progress.have)} of ${progress.want} s`;
  }
}

function GoalLine({ status, lens }: { readonly status: GoalStatus; readonly lens: Lens }) {
  const words = lessonWords(lens);
  const verdict = status.met ? words.met : words.notYet;
  const progress = status.progress === null ? '' : ` (${progressText(status.progress, lens)})`;
  return (
    <li className="lesson-goal-part" data-met={status.met ? 'true' : 'false'}>
      <span className="lesson-goal-mark" aria-hidden="true">
        {status.met ? '✓' : '○'}
      </span>
      <span>
        {goalLabel(status.goal)[lens]}: <strong>{verdict}</strong>
        {progress}
      </span>
      {status.children.length > 0 ? (
        <ul className="lesson-goal-parts">
          {status.children.map((child, index) => (
            <GoalLine key={index} status={child} lens={lens} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function GoalStatusList({ status, lens, headingId }: { readonly status: GoalStatus; readonly lens: Lens; readonly headingId: string }) {
  return (
    <ul className="lesson-goal-parts lesson-goal" aria-labelledby={headingId}>
      <GoalLine status={status} lens={lens} />
    </ul>
  );
}
