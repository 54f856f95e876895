import type { CodedSegment } from '../../../core/model/codingTypes';

/** Line breaks and runs of spaces read as one space in a quotation. */
export const flatText = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Who said a passage (and their stakeholder group), where, coded with what and by whom. */
export function PassageMeta({ passage, group }: { passage: CodedSegment; group: string | null }) {
  return (
    <span className="passage-meta">
      <span className="passage-who">{passage.participant?.name ?? passage.speaker ?? 'unknown speaker'}</span>
      {group && <span className="passage-group">{group}</span>}
      <span className="passage-document">{passage.documentTitle}</span>
      <span className="passage-code">{passage.codePath}</span>
      <span className="initials" title={`Coded by ${passage.coderInitials}`}>
        {passage.coderInitials}
      </span>
    </span>
  );
}
