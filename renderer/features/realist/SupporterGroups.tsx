import type { Attribute } from '../../../core/model/participantTypes';
import type { Supporter } from '../../../core/model/realistTypes';
import { groupSupporters } from './stakeholders';

/** Who supports something, by stakeholder group: "client Margaret · staff Priya, Zoë". */
export function SupporterGroups({ supporters, attribute }: { supporters: readonly Supporter[]; attribute: Attribute | null }) {
  const groups = groupSupporters(supporters, attribute);
  if (groups.length === 0) return <span className="muted">no participants yet</span>;
  return (
    <ul className="supporter-groups">
      {groups.map((g) => (
        <li key={g.group} data-group={g.group}>
          {g.group && <span className="supporter-group">{g.group}</span>}
          <span className="supporter-names">{g.names.join(', ')}</span>
        </li>
      ))}
    </ul>
  );
}
