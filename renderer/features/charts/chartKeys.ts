import type { KeyboardEvent } from 'react';

/** Props that make a part of a chart a button for the mouse and the keyboard alike (Enter or Space). */
export function chartButton(label: string, onActivate: (() => void) | undefined) {
  if (!onActivate) return {};
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    className: 'chart-button',
    onClick: onActivate,
    onKeyDown: (e: KeyboardEvent<SVGElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onActivate();
      }
    },
  } as const;
}
