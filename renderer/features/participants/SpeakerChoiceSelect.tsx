import type { Participant } from '../../../core/model/participantTypes';
import type { SpeakerChoice } from './speakerDecisions';

function encode(choice: SpeakerChoice): string {
  return choice.kind === 'existing' ? `p${choice.participantId}` : choice.kind;
}

/** Who a speaker is: undecided, not a participant, a new participant (named here) or an existing one. */
export function SpeakerChoiceSelect({
  label,
  choice,
  defaultName,
  participants,
  onChange,
}: {
  /** Names the control for screen readers: "Who is Anna?". */
  label: string;
  choice: SpeakerChoice;
  defaultName: string;
  participants: Participant[];
  onChange: (choice: SpeakerChoice) => void;
}) {
  const pick = (value: string) => {
    if (value === 'undecided' || value === 'not') onChange({ kind: value });
    else if (value === 'new') onChange({ kind: 'new', name: defaultName });
    else onChange({ kind: 'existing', participantId: Number(value.slice(1)) });
  };
  return (
    <div className="speaker-choice">
      <select aria-label={label} value={encode(choice)} onChange={(e) => pick(e.target.value)}>
        <option value="undecided">Undecided</option>
        <option value="not">Not a participant</option>
        <option value="new">New participant…</option>
        {participants.length > 0 && (
          <optgroup label="Existing participants">
            {participants.map((p) => (
              <option key={p.id} value={`p${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {choice.kind === 'new' && (
        <input
          aria-label={`${label} New participant's name`}
          value={choice.name}
          placeholder={defaultName}
          onChange={(e) => onChange({ kind: 'new', name: e.target.value })}
        />
      )}
    </div>
  );
}
