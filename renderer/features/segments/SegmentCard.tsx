import type { CodedSegment } from '../../../core/model/codingTypes';
import type { Code } from '../../../core/model/types';

const contextChars = 120;

/** Line breaks and runs of spaces read as one space in a short quotation. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The text before a passage; when it starts mid-text, from its first whole word, after "…". */
function lead(before: string, cut: boolean): string {
  let text = flat(before);
  if (text.length > contextChars) text = text.slice(-contextChars);
  else if (!cut) return text;
  return `…${text.slice(text.indexOf(' ') + 1)}`;
}

/** The text after a passage, up to its last whole word, with "…" when it goes on. */
function tail(after: string): string {
  let text = flat(after);
  if (text.length > contextChars) text = text.slice(0, contextChars);
  // Ending inside a word means the text was cut there.
  if (!/[\p{L}\p{N}]$/u.test(text)) return text;
  const end = text.lastIndexOf(' ');
  return `${end > 0 ? text.slice(0, end) : text}…`;
}

/** One coded passage in its context: who said it, who coded it, with what; Enter or a click opens it in the transcript. */
export function SegmentCard({ segment, code, showCode, onOpen }: { segment: CodedSegment; code: Code | undefined; showCode: boolean; onOpen: () => void }) {
  const who = segment.participant?.name ?? segment.speaker;
  return (
    <button type="button" className="segment" onClick={onOpen} title="Show in the transcript">
      <span className="segment-meta">
        {showCode && (
          <span className="segment-code">
            <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" />
            {segment.codePath}
          </span>
        )}
        {who && <span className="segment-speaker">{who}</span>}
        <span className="initials" title={`Coded by ${segment.coderInitials}`}>
          {segment.coderInitials}
        </span>
      </span>
      <span className="segment-text">
        {segment.before && <span className="segment-context">{lead(segment.before, segment.start > segment.before.length)}</span>}
        <mark style={{ background: code ? `${code.colour}66` : undefined, boxShadow: code ? `inset 0 -2px 0 ${code.colour}` : undefined }}>{flat(segment.text)}</mark>
        {segment.after && <span className="segment-context">{tail(segment.after)}</span>}
      </span>
      {segment.memo && (
        <span className="segment-memo">
          <span aria-hidden="true">✎ </span>
          {segment.memo}
        </span>
      )}
    </button>
  );
}
