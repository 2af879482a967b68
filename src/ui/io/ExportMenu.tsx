import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSimStore } from '../../store';
import { EXPORT_LABELS, type ExportKind } from './exportKinds';
import { saveExport } from './saveExport';

const KINDS: readonly ExportKind[] = ['template-json', 'template-yaml', 'commands-json', 'commands-yaml', 'session', 'events'];

/**
 * "Export": a WAI-ARIA menu button. Enter, Space or Down opens on the first item, Up on the last; arrows, Home and End
 * move; Enter or Space saves; Escape closes and returns focus to the button; Tab closes.
 */
export function ExportMenu() {
  const store = useSimStore();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes the menu, as native menus do.
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (kind: ExportKind) => {
    close(true);
    void saveExport(store, kind);
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(KINDS.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = KINDS.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const kind = KINDS[active];
      if (kind) choose(kind);
    }
  };

  return (
    <div className="menu-button" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <ul id={menuId} role="menu" aria-label="Export" className="menu" hidden={!open} onKeyDown={onMenuKey}>
        {KINDS.map((kind, index) => (
          <li
            key={kind}
            ref={(element) => {
              itemRefs.current[index] = element;
            }}
            role="menuitem"
            tabIndex={-1}
            className={kind === 'events' ? 'menu-item menu-item-separated' : 'menu-item'}
            onClick={() => choose(kind)}
            onMouseEnter={() => setActive(index)}
          >
            {EXPORT_LABELS[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
