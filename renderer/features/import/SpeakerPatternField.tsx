import { useId } from 'react';
import { examplePattern, patternProblem, type SpeakerChoice } from './speakerChoice';

/**
 * How to find speaker turns: detect them, switch detection off, or give a pattern. Used once
 * for all files and again in a file's row (where "same as all files" is offered too).
 */
export function SpeakerPatternField({
  choice,
  onChange,
  label,
  inherit,
  compact = false,
}: {
  choice: SpeakerChoice | null;
  onChange: (choice: SpeakerChoice | null) => void;
  label: string;
  /** Offer "Same as all files" (null) — for one file's row. */
  inherit?: boolean;
  compact?: boolean;
}) {
  const id = useId();
  const value = choice ? choice.kind : 'inherit';
  const problem = choice?.kind === 'pattern' ? patternProblem(choice.pattern) : null;
  return (
    <div className={compact ? 'speaker-field compact' : 'speaker-field'}>
      <label htmlFor={`${id}-mode`} className={compact ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select
        id={`${id}-mode`}
        value={value}
        aria-label={compact ? label : undefined}
        onChange={(e) => {
          const kind = e.target.value;
          if (kind === 'inherit') onChange(null);
          else onChange({ kind: kind as SpeakerChoice['kind'], pattern: choice?.pattern ?? '' });
        }}
      >
        {inherit && <option value="inherit">Same as all files</option>}
        <option value="auto">Detect speakers automatically</option>
        <option value="none">No speaker turns (plain text)</option>
        <option value="pattern">Custom pattern…</option>
      </select>
      {choice?.kind === 'pattern' && (
        <div className="pattern-input">
          <input
            id={`${id}-pattern`}
            aria-label={`${label}: speaker pattern`}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-help`}
            className={problem && choice.pattern ? 'pattern invalid' : 'pattern'}
            spellCheck={false}
            autoFocus
            placeholder={examplePattern}
            value={choice.pattern}
            onChange={(e) => onChange({ kind: 'pattern', pattern: e.target.value })}
          />
          <p id={`${id}-help`} className={problem && choice.pattern ? 'field-hint error' : 'field-hint'}>
            {problem && choice.pattern
              ? problem
              : compact
                ? <>A regular expression for the start of a turn, with a group named <code>speaker</code>.</>
                : (
                    <>
                      A regular expression matched at the start of each line, with the name in a group called <code>speaker</code>: for
                      example <code>{examplePattern}</code> finds turns like “Anna: I think…”.
                    </>
                  )}
          </p>
        </div>
      )}
    </div>
  );
}
