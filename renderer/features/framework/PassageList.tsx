import { splitCodePath } from '../../../core/model/codePaths';
import type { CodedSegment } from '../../../core/model/codingTypes';
import type { SearchHit } from '../../../core/model/searchTypes';

/** One passage to read: where it is, who said it, who coded it with what, and a little context. */
export interface Passage {
  key: string;
  documentId: number;
  documentTitle: string;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  who: string | null;
  coder: string | null;
  code: { path: string; colour: string } | null;
  memo: string | null;
}

export function fromSegment(s: CodedSegment, colour: string | undefined): Passage {
  return {
    key: `coding:${s.codingId}`,
    documentId: s.documentId,
    documentTitle: s.documentTitle,
    start: s.start,
    end: s.end,
    text: s.text,
    before: s.before,
    after: s.after,
    who: s.participant?.name ?? s.speaker,
    coder: s.coderInitials,
    code: { path: s.codePath, colour: colour ?? '#cccccc' },
    memo: s.memo,
  };
}

export function fromHit(h: SearchHit): Passage {
  return { key: `hit:${h.documentId}:${h.start}`, documentId: h.documentId, documentTitle: h.title, start: h.start, end: h.end, text: h.match, before: h.before, after: h.after, who: null, coder: null, code: null, memo: null };
}

/** A code's own name: the last step of its path. */
const codeName = (path: string) => splitCodePath(path).at(-1)!;

/** Context as far as it was sent (the core sends a fixed number of characters either side). */
const contextSent = 80;
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The words before a passage in its own paragraph (turn); a cut-off first word is dropped. */
function lead(before: string): string {
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  if (paragraph.length < before.length || before.length < contextSent) return flat(paragraph).trimStart();
  const text = flat(paragraph);
  return `…${text.slice(text.indexOf(' ') + 1)}`;
}

function tail(after: string): string {
  const end = after.indexOf('\n');
  if (end !== -1 || after.length < contextSent) return flat(end === -1 ? after : after.slice(0, end)).trimEnd();
  const text = flat(after);
  return `${text.slice(0, Math.max(0, text.lastIndexOf(' ')))}…`;
}

/**
 * Passages as a reading list: document, speaker and coder above each, the coded words marked
 * in their context, and a link that opens the transcript at the passage.
 */
export function PassageList({
  passages,
  showCode,
  onOpenPlace,
  label,
}: {
  passages: readonly Passage[];
  /** Show each passage's code (when they differ: sub-codes of a theme, two codes of a pair). */
  showCode: boolean;
  onOpenPlace: (place: { documentId: number; start: number; end: number }) => void;
  label: string;
}) {
  return (
    <ol className="evidence-list" aria-label={label}>
      {passages.map((p) => (
        <li key={p.key} className="evidence">
          <div className="evidence-meta">
            <span className="evidence-document">{p.documentTitle}</span>
            {p.who && <span className="evidence-who">{p.who}</span>}
            {showCode && p.code && (
              <span className="evidence-code" title={p.code.path}>
                <span className="swatch" style={{ background: p.code.colour }} aria-hidden="true" />
                {codeName(p.code.path)}
              </span>
            )}
            {p.coder && (
              <span className="initials" title={`Coded by ${p.coder}`}>
                {p.coder}
              </span>
            )}
            <button type="button" className="link evidence-open" onClick={() => onOpenPlace(p)} aria-label={`Show in the transcript: ${p.documentTitle}, “${flat(p.text).slice(0, 40)}”`}>
              Show in transcript
            </button>
          </div>
          <p className="evidence-text" dir="auto">
            {p.before && <span className="evidence-context">{lead(p.before)}</span>}
            <mark style={p.code ? { background: `${p.code.colour}55`, boxShadow: `inset 0 -2px 0 ${p.code.colour}` } : undefined}>{flat(p.text)}</mark>
            {p.after && <span className="evidence-context">{tail(p.after)}</span>}
          </p>
          {p.memo && <p className="evidence-memo">✎ {p.memo}</p>}
        </li>
      ))}
    </ol>
  );
}
