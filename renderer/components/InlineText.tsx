import { useEffect, useState, type KeyboardEvent } from 'react';

/**
 * A value edited in place, like a spreadsheet cell: it saves when Enter is pressed or focus
 * leaves, Escape puts the old value back. An empty value is saved as null unless `required`.
 */
export function InlineText({
  value,
  label,
  onCommit,
  required = false,
  type = 'text',
  className,
  placeholder,
}: {
  value: string;
  /** Names the field for screen readers and tests. */
  label: string;
  onCommit: (value: string | null) => void;
  required?: boolean;
  type?: 'text' | 'number' | 'date';
  className?: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  const commit = () => {
    const next = draft.trim();
    if (next === value.trim()) return;
    if (!next && required) {
      setDraft(value);
      return;
    }
    onCommit(next ? next : null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== value) {
      e.preventDefault();
      setDraft(value);
    }
  };

  return (
    <input
      className={`cell-input${className ? ` ${className}` : ''}`}
      aria-label={label}
      type={type}
      step={type === 'number' ? 'any' : undefined}
      value={draft}
      data-empty={draft === '' || undefined}
      placeholder={placeholder}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
