import { useCallback, useMemo, useState } from 'react';
import type { Code, Coder, Coding, DocumentView } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { newCodeFromTyped } from '../palette/newCode';
import { foldText } from '../palette/codeSearch';
import { inVivoName } from './inVivo';
import { markTime, paintMarks } from './paintTiming';
import type { TextRange } from './textUnits';

/**
 * Changes the database has confirmed but the document on screen does not show yet. The API
 * answers a new coding at once; the document is reloaded after the change event. Holding the
 * answer here shows the highlight without waiting for the reload, and each entry is dropped
 * as soon as the reloaded document shows it.
 */
interface Pending {
  added: Coding[];
  removed: number[];
  moved: Coding[];
}
const nothingPending: Pending = { added: [], removed: [], moved: [] };
let provisionalIds = 0;

/** A coding shown before the core has answered (its id is provisional and negative). */
export const isProvisional = (codingId: number) => codingId < 0;

function reconcile(p: Pending, shown: readonly Coding[]): Pending {
  const byId = new Map(shown.map((c) => [c.id, c]));
  const next = {
    added: p.added.filter((c) => !byId.has(c.id)),
    removed: p.removed.filter((id) => byId.has(id)),
    moved: p.moved.filter((c) => byId.has(c.id) && (byId.get(c.id)!.start !== c.start || byId.get(c.id)!.end !== c.end)),
  };
  return next.added.length || next.removed.length || next.moved.length ? next : nothingPending;
}

function merge(shown: readonly Coding[], p: Pending): Coding[] {
  if (p === nothingPending) return shown as Coding[];
  const removed = new Set(p.removed);
  const moved = new Map(p.moved.map((c) => [c.id, c]));
  const known = new Set(shown.map((c) => c.id));
  return [...shown.filter((c) => !removed.has(c.id)).map((c) => moved.get(c.id) ?? c), ...p.added.filter((c) => !known.has(c.id))];
}

/**
 * The document's codings as the view should show them, and the actions that change them:
 * apply a code, create a code and apply it, in-vivo coding, remove, adjust boundaries.
 * Every coding records the current coder.
 */
export function useCodings(document: DocumentView, codes: readonly Code[], coder: Coder | null, onUsedCode: (codeId: number) => void) {
  const api = useApi();
  const [pending, setPending] = useState<{ for: readonly Coding[]; changes: Pending }>({ for: document.codings, changes: nothingPending });
  // A reloaded document settles what it already shows (state adjusted while rendering, not in an effect).
  let changes = pending.changes;
  if (pending.for !== document.codings) {
    changes = reconcile(pending.changes, document.codings);
    setPending({ for: document.codings, changes });
  }
  const codings = useMemo(() => merge(document.codings, changes), [document.codings, changes]);
  const change = useCallback((edit: (p: Pending) => Pending) => setPending((s) => ({ for: s.for, changes: edit(s.changes) })), []);

  /**
   * Apply a code: the highlight shows at once (a coding with a provisional negative id), the
   * core's answer then takes its place, or takes it away again if the core refused.
   */
  const apply = useCallback(
    async (code: Code, range: TextRange) => {
      if (!coder) throw new Error('Choose who is coding first (the coder menu at the top).');
      markTime(paintMarks.codingRequested, { codeId: code.id });
      const provisional: Coding = { id: -++provisionalIds, documentId: document.id, codeId: code.id, coderId: coder.id, start: range.start, end: range.end, createdAt: new Date().toISOString(), realistRole: null };
      change((p) => ({ ...p, added: [...p.added, provisional] }));
      try {
        const coding = await api.call('codings.create', { documentId: document.id, codeId: code.id, coderId: coder.id, start: range.start, end: range.end });
        markTime(paintMarks.codingCreated, { codingId: coding.id });
        change((p) => ({ ...p, added: p.added.map((c) => (c === provisional ? coding : c)) }));
        onUsedCode(code.id);
        return coding;
      } catch (e) {
        change((p) => ({ ...p, added: p.added.filter((c) => c !== provisional) }));
        throw e;
      }
    },
    [api, coder, document.id, change, onUsedCode],
  );

  const createAndApply = useCallback(
    async (typed: string, range: TextRange) => {
      const target = newCodeFromTyped(typed, codes);
      const code = await api.call('codes.create', target);
      return apply(code, range);
    },
    [api, codes, apply],
  );

  /** In vivo: a code named by the selected words (an existing top-level code of that name is reused). */
  const inVivo = useCallback(
    async (range: TextRange) => {
      const name = inVivoName(document.text.slice(range.start, range.end));
      if (!name) throw new Error('In-vivo coding needs some words selected.');
      const existing = codes.find((c) => c.parentId === null && foldText(c.name) === foldText(name));
      if (existing) return apply(existing, range);
      const code = await api.call('codes.create', { name });
      return apply(code, range);
    },
    [api, codes, document.text, apply],
  );

  const remove = useCallback(
    async (codingId: number) => {
      change((p) => ({ ...p, removed: [...p.removed, codingId] }));
      try {
        await api.call('codings.delete', { codingId });
      } catch (e) {
        change((p) => ({ ...p, removed: p.removed.filter((id) => id !== codingId) }));
        throw e;
      }
    },
    [api, change],
  );

  const adjust = useCallback(
    async (codingId: number, start: number, end: number) => {
      const updated = await api.call('codings.update', { codingId, start, end });
      change((p) => ({ ...p, moved: [...p.moved.filter((c) => c.id !== codingId), updated] }));
      return updated;
    },
    [api, change],
  );

  return { codings, apply, createAndApply, inVivo, remove, adjust };
}
