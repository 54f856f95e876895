import { useCallback, useMemo, useState } from 'react';

export interface ListSelection {
  selected: Set<number>;
  /** The row with keyboard focus (the one Tab lands on). */
  focusId: number | null;
  setFocus: (id: number | null) => void;
  /** A click: plain selects one, Ctrl/Cmd toggles one, Shift selects the range from the last anchor. */
  click: (id: number, how: { shift: boolean; toggle: boolean }) => void;
  /** Arrow keys: move focus by `step` rows; Shift extends the selection, Ctrl moves focus only. */
  move: (to: number, how: { shift: boolean; toggle: boolean }) => number | null;
  toggle: (id: number) => void;
  selectAll: () => void;
  clear: () => void;
  replace: (ids: number[]) => void;
}

/**
 * Multi-selection over an ordered list, the way file managers do it. Ids no longer in the list
 * drop out of the selection by themselves.
 */
export function useListSelection(order: number[]): ListSelection {
  const [raw, setRaw] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [focusRaw, setFocus] = useState<number | null>(null);
  const present = useMemo(() => new Set(order), [order]);
  const selected = useMemo(() => new Set([...raw].filter((id) => present.has(id))), [raw, present]);
  const focusId = focusRaw !== null && present.has(focusRaw) ? focusRaw : (order[0] ?? null);

  const range = useCallback(
    (from: number | null, to: number) => {
      const a = from === null ? -1 : order.indexOf(from);
      const b = order.indexOf(to);
      if (a === -1) return [to];
      return order.slice(Math.min(a, b), Math.max(a, b) + 1);
    },
    [order],
  );

  const click = useCallback(
    (id: number, how: { shift: boolean; toggle: boolean }) => {
      setFocus(id);
      if (how.shift) {
        const ids = range(anchor, id);
        setRaw((s) => (how.toggle ? new Set([...s, ...ids]) : new Set(ids)));
        return;
      }
      setAnchor(id);
      if (how.toggle) {
        setRaw((s) => {
          const next = new Set(s);
          if (!next.delete(id)) next.add(id);
          return next;
        });
      } else setRaw(new Set([id]));
    },
    [anchor, range],
  );

  const move = useCallback(
    (to: number, how: { shift: boolean; toggle: boolean }) => {
      const id = order[Math.max(0, Math.min(order.length - 1, to))];
      if (id === undefined) return null;
      setFocus(id);
      if (how.shift) setRaw(new Set(range(anchor ?? focusId, id)));
      else if (!how.toggle) {
        setAnchor(id);
        setRaw(new Set([id]));
      }
      if (how.shift && anchor === null) setAnchor(focusId);
      return id;
    },
    [order, anchor, focusId, range],
  );

  return {
    selected,
    focusId,
    setFocus,
    click,
    move,
    toggle: (id) => {
      setAnchor(id);
      setRaw((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      });
    },
    selectAll: () => setRaw(new Set(order)),
    clear: () => setRaw(new Set()),
    replace: (ids) => setRaw(new Set(ids)),
  };
}
