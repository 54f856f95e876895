import { splitCodePath } from '../../../core/model/codePaths';

/** A code's path as two lines: the groups above it, small, and its own name. */
export function CodeName({ path }: { path: string }) {
  const names = splitCodePath(path);
  const own = names.at(-1) ?? path;
  return (
    <span className="agreement-code-name">
      {names.length > 1 && (
        <span className="agreement-code-parents">
          {names.slice(0, -1).join(' › ')}
          <span className="visually-hidden"> › </span>
        </span>
      )}
      <span className="agreement-code-own">{own}</span>
    </span>
  );
}
