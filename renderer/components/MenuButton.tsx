import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './components.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Draw a line above this item. */
  separator?: boolean;
}

/**
 * A button that opens a short menu. Arrow keys move, Enter or Space chooses, Escape closes and
 * returns focus to the button; a click outside closes it too.
 */
export function MenuButton({
  label,
  items,
  className,
  disabled = false,
  ariaLabel,
  align = 'start',
  caret = true,
}: {
  label: ReactNode;
  items: MenuItem[];
  className?: string;
  disabled?: boolean;
  ariaLabel?: string;
  align?: 'start' | 'end';
  /** Draw ▾ after the label (off for icon buttons such as ⋯). */
  caret?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(entries.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close(true);
    item.onSelect();
  };

  return (
    <div className={`menu-button${align === 'end' ? ' menu-align-end' : ''}`} ref={wrapper}>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        {caret && (
          <span className="caret" aria-hidden="true">
            ▾
          </span>
        )}
      </button>
      {open && (
        <ul className="menu" role="menu" id={menuId} ref={menu} onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <li
              key={`${item.label}-${i}`}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              className={item.separator ? 'menu-separator' : undefined}
              onClick={() => choose(item)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  e.stopPropagation();
                  choose(item);
                }
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
