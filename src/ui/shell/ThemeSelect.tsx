import { useId } from 'react';
import { useSim, type ThemeChoice } from '../../store';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or as the system is set; the app root carries the choice, so two apps on a page may differ. */
export function ThemeSelect() {
  const id = useId();
  const theme = useSim((state) => state.theme);
  const setTheme = useSim((state) => state.setTheme);
  return (
    <div className="field-inline">
      <label htmlFor={id}>Colors</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
