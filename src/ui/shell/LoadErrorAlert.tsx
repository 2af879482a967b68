import { useSim } from '../../store';

export function LoadErrorAlert() {
  const error = useSim((state) => state.loadError);
  const clear = useSim((state) => state.clearLoadError);
  // The alert container stays mounted so screen readers announce the message when it is filled in.
  return (
    <div role="alert" className={error ? 'alert' : 'alert-empty'}>
      {error ? (
        <>
          <p>
            <strong>Could not load {error.source}.</strong> The current world is unchanged.
          </p>
          <ul>
            {error.messages.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
          <button type="button" onClick={clear}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}
