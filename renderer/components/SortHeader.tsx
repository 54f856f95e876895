import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

/** A table column header that sorts by its column when clicked (again: the other way). */
export function SortHeader({
  label,
  active,
  direction,
  onSort,
  children,
  className,
}: {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  /** Extra controls beside the label (a column menu). */
  children?: ReactNode;
  className?: string;
}) {
  return (
    <th scope="col" className={className} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <div className="th-inner">
        <button type="button" className="sort-button" onClick={onSort} title={`Sort by ${label}`}>
          {label}
          <span className="sort-mark" aria-hidden="true">
            {active ? (direction === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
        {children}
      </div>
    </th>
  );
}
