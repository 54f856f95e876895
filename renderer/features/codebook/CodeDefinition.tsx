import type { Code } from '../../../core/model/types';

const parts = [
  ['description', 'Description'],
  ['inclusion', 'Use when'],
  ['exclusion', 'Do not use when'],
  ['example', 'Example'],
] as const;

/** A code's definition as coders read it while coding: what it means, when to use it, when not, an example. */
export function CodeDefinition({ code, compact = false }: { code: Code; compact?: boolean }) {
  const shown = parts.filter(([key]) => code[key].trim());
  if (shown.length === 0) return <p className="definition-empty">No definition yet.</p>;
  return (
    <dl className={compact ? 'code-definition compact' : 'code-definition'}>
      {shown.map(([key, label]) => (
        <div key={key} className={`definition-${key}`}>
          <dt>{label}</dt>
          <dd>{key === 'example' ? <Example text={code.example.trim()} /> : code[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An example passage in quotation marks, unless it brings its own ('"Thirty quid." (Daniel)'). */
function Example({ text }: { text: string }) {
  return /^["“'‘]/.test(text) ? <span className="example-text">{text}</span> : <q className="example-text">{text}</q>;
}
