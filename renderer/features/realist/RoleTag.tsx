import type { RealistRole } from '../../../core/model/types';
import { ROLES, ROLE_TEXT } from './slots';

/**
 * Tag a coded passage as context, mechanism or outcome (C M O), so evidence can be gathered
 * while coding; pressing the lit letter again clears the tag.
 */
export function RoleTag({ role, onChange, passage }: { role: RealistRole | null | undefined; onChange: (role: RealistRole | null) => void; passage: string }) {
  return (
    <span className="role-tag" role="group" aria-label={`Realist role of ${passage}`}>
      {ROLES.map((r) => (
        <button
          key={r}
          type="button"
          className={`role-${r}`}
          aria-pressed={role === r}
          title={role === r ? `Tagged as ${ROLE_TEXT[r].label.toLowerCase()} (press to clear)` : `Tag as ${ROLE_TEXT[r].label.toLowerCase()}`}
          aria-label={ROLE_TEXT[r].label}
          onClick={() => onChange(role === r ? null : r)}
        >
          {ROLE_TEXT[r].short}
        </button>
      ))}
    </span>
  );
}
