import type { Coder } from '../../../core/model/types';

/** Codings per coder ("SO 12 · EW 9 · JC 0"), the current coder marked; only theirs in blind mode. */
export function CoderCounts({ byCoder, coders, coderId, blind }: { byCoder: Record<number, number>; coders: readonly Coder[]; coderId: number | null; blind: boolean }) {
  const shown = blind ? coders.filter((c) => c.id === coderId) : coders;
  if (shown.length === 0) return null;
  return (
    <ul className="coder-counts" aria-label="Codings per coder">
      {shown.map((c) => (
        <li key={c.id} className={c.id === coderId ? 'mine' : undefined} title={`${c.name}${c.id === coderId ? ' (you)' : ''}: ${byCoder[c.id] ?? 0} codings`}>
          <span className="initials">{c.initials}</span>
          <span className="n">{byCoder[c.id] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
