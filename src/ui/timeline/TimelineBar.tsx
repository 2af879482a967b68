import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MARKER_KIND_NAMES, useSim, useSimStore, type Marker } from '../../store';
import { formatClock } from '../format';
import { Bookmarks } from './Bookmarks';
import { PHONE_QUERY, useMediaQuery } from '../useMediaQuery';
import './timeline.css';

/** Markers closer than this share of the track are drawn as one (the first), so a busy hour stays legible. */
const MIN_GAP = 0.004;

function spaced(markers: readonly Marker[], end: number): Marker[] {
  const out: Marker[] = [];
  let last = -Infinity;
  for (const marker of markers) {
    const at = end > 0 ? marker.t / end : 0;
    if (at - last < MIN_GAP) continue;
    out.push(marker);
    last = at;
  }
  return out;
}

/** Where the moment on screen is, in words: the marker or bookmark it sits on, if any. */
function whereWords(now: number, markers: readonly Marker[], bookmarks: readonly { atMs: number; name: string }[]): string {
  const at = formatClock(now);
  const bookmark = bookmarks.find((b) => b.atMs === now);
  if (bookmark) return `${at}, bookmark “${bookmark.name}”`;
  const here = markers.filter((m) => m.t === now);
  if (here.length > 0) return `${at}, ${here.map((m) => `${MARKER_KIND_NAMES[m.kind].toLowerCase()}: ${m.label}`).join('; ')}`;
  return at;
}

/**
 * The timeline: a scrubber over the simulated time this run has reached, with its events marked on it (failures,
 * health changes, replacements, deployments, your commands) and its bookmarks. Dragging it, or its arrow keys (1 s),
 * Page Up and Down (1 min), Home and End, seeks: the world is exactly as it was then, paused. Where a seek lands is
 * announced. A marker is a click target; from the keyboard, `[` and `]` step between markers.
 */
export function TimelineBar() {
  const store = useSimStore();
  // On a phone the row has no room for the list: bookmarks are the keys' there (M, Page Up and Page Down).
  const phone = useMediaQuery(PHONE_QUERY);
  const seconds = useSim((state) => Math.floor(state.now / 1000));
  const timeline = useSim((state) => state.timeline);
  const seekTo = useSim((state) => state.seekTo);
  const restoreAside = useSim((state) => state.restoreAside);
  const [said, setSaid] = useState('');
  const endSeconds = Math.max(1, Math.ceil(timeline.end / 1000));
  const value = Math.min(seconds, endSeconds);
  const markers = spaced(timeline.markers, timeline.end);

  // Announce where a seek landed (not every frame of playing: only when time moves other than by playing).
  const lastNow = useRef(store.getState().now);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const jumped = state.now !== previous.now && (state.sim !== previous.sim || Math.abs(state.now - lastNow.current) >= 5_000) && !state.playing;
        lastNow.current = state.now;
        if (jumped) setSaid(`At ${whereWords(state.now, state.timeline.markers, state.timeline.bookmarks)}`);
      }),
    [store],
  );

  const onChange = (event: ChangeEvent<HTMLInputElement>) => seekTo(Number(event.target.value) * 1000);
  const later = timeline.later.length;

  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <div className="timeline-track">
        <input
          type="range"
          className="timeline-range"
          aria-label="Simulated time"
          min={0}
          max={endSeconds}
          step={1}
          value={value}
          aria-valuetext={`${formatClock(value * 1000)} of ${formatClock(endSeconds * 1000)} reached`}
          onChange={onChange}
          data-testid="timeline-range"
        />
        <div className="timeline-marks" aria-hidden="true">
          {markers.map((marker) => (
            <button
              key={`${marker.t}-${marker.kind}-${marker.label}`}
              type="button"
              tabIndex={-1}
              className={`timeline-marker marker-${marker.kind}`}
              style={{ left: `${(marker.t / Math.max(1, timeline.end)) * 100}%` }}
              title={`${MARKER_KIND_NAMES[marker.kind]} at ${formatClock(marker.t)}: ${marker.label}`}
              onClick={() => seekTo(marker.t)}
            />
          ))}
          {timeline.bookmarks.filter((bookmark) => bookmark.atMs <= timeline.end).map((bookmark) => (
            <button
              key={`bookmark-${bookmark.atMs}`}
              type="button"
              tabIndex={-1}
              className="timeline-marker marker-bookmark"
              style={{ left: `${(bookmark.atMs / Math.max(1, timeline.end)) * 100}%` }}
              title={`Bookmark “${bookmark.name}” at ${formatClock(bookmark.atMs)}`}
              onClick={() => seekTo(bookmark.atMs)}
            />
          ))}
        </div>
      </div>
      <span className="timeline-end">{formatClock(timeline.end)}</span>
      {later > 0 ? (
        <span className="timeline-later" data-testid="timeline-later">
          {later === 1 ? '1 later command replays' : `${later} later commands replay`}
        </span>
      ) : null}
      {timeline.aside ? (
        <button
          type="button"
          className="timeline-aside"
          onClick={restoreAside}
          aria-label={`Restore the other future (${timeline.aside.commands === 1 ? '1 command' : `${timeline.aside.commands} commands`} after ${formatClock(timeline.aside.atMs)})`}
        >
          <span aria-hidden="true">↺</span> <span className="visually-hidden-narrow">Restore the other future</span>
        </button>
      ) : null}
      {phone ? null : <Bookmarks />}
      {/* A polite live region without the status role: the playback row's status is the pace it keeps (PlaybackBar). */}
      <p className="visually-hidden" aria-live="polite" data-testid="timeline-status">
        {said}
      </p>
    </div>
  );
}
