import type { ComparisonScope } from '../../../core/model/agreementTypes';
import { formatCount } from '../../../core/model/wording';

/** Which documents the comparison uses, on what grounds, and each one left out with its reason. */
export function ScopeNote({ scope, chosen }: { scope: ComparisonScope; chosen: boolean }) {
  const basis =
    scope.basis === 'completion marks'
      ? chosen
        ? 'the chosen documents, for the coders who marked them finished'
        : 'the documents every chosen coder marked finished'
      : chosen
        ? 'the chosen documents, for the coders who coded something in them (nobody has marked a document finished yet)'
        : 'the documents every chosen coder has coded something in (nobody has marked a document finished yet)';
  return (
    <div className="scope-note">
      <p>
        Comparing {formatCount(scope.documents.length)} {scope.documents.length === 1 ? 'document' : 'documents'}: {basis}.
      </p>
      {scope.excluded.length > 0 && (
        <details>
          <summary>
            {formatCount(scope.excluded.length)} left out, and why
          </summary>
          <table className="scope-table">
            <tbody>
              {scope.excluded.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td className="muted">{d.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
