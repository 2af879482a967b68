import { useId, useState, type FormEvent } from 'react';
import { useSim } from '../../store';
import { formatClock } from '../format';

/**
 * Named bookmarks on moments of the run, kept with the session (autosave, share links, exports): a disclosure with
 * the list (each goes there) and a field to name this moment.
 */
export function Bookmarks() {
  const bookmarks = useSim((state) => state.timeline.bookmarks);
  const seekTo = useSim((state) => state.seekTo);
  const addBookmark = useSim((state) => state.addBookmark);
  const removeBookmark = useSim((state) => state.removeBookmark);
  const now = useSim((state) => Math.floor(state.now / 1000));
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    addBookmark(name || `Bookmark at ${formatClock(now * 1000)}`);
    setName('');
  };
  return (
    <details className="bookmarks" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Bookmarks ({bookmarks.length})</summary>
      {/* Rendered only while open: a closed list keeps no hidden controls in the playback row. */}
      {open ? (
        <div className="bookmarks-panel">
          {bookmarks.length > 0 ? (
            <ul className="bookmarks-list">
              {bookmarks.map((bookmark) => (
                <li key={bookmark.atMs}>
                  <button type="button" onClick={() => seekTo(bookmark.atMs)}>
                    {formatClock(bookmark.atMs)} {bookmark.name}
                  </button>
                  <button type="button" aria-label={`Remove bookmark “${bookmark.name}”`} onClick={() => removeBookmark(bookmark.atMs)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="bookmarks-none">No bookmarks yet.</p>
          )}
          <form className="bookmarks-add" onSubmit={onSubmit}>
            <label htmlFor={fieldId}>Name this moment ({formatClock(now * 1000)})</label>
            <input id={fieldId} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
            <button type="submit">Bookmark</button>
          </form>
        </div>
      ) : null}
    </details>
  );
}
