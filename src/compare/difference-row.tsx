import { memo } from 'react';
import { GrantLink } from '../access';
import { IsolatedText } from '../components/isolated-text';
import { SelectCheckbox } from '../components/select-checkbox';
import { entryLabel } from './apply-plan';
import type { DiffKind, DiffRow } from './diff';
import { describeChange } from './diff-export';

export const KIND_LABEL: Record<DiffKind, string> = {
  'only-source': 'Only in source',
  'only-target': 'Only in target',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

function whatDiffers(row: DiffRow): string {
  if (row.kind === 'changed') return row.changes.map(describeChange).join('; ');
  const grant = row.source ?? row.target;
  if (!grant) return '';
  return grant.allowAllScopes ? 'All scopes' : grant.scopes.join(' ');
}

type Props = {
  row: DiffRow;
  /** 0-based among the rows shown; aria-rowindex counts the header row as 1. */
  index: number;
  /** The grant on the connected (main) tenant, when a side is that tenant: the application links to it. */
  grantId: string | undefined;
  /** The row's roving tab stop (the row itself) when it is the active one. */
  active: boolean;
  /** Undefined when the target cannot take changes (a file): no checkbox column. */
  selected: boolean | undefined;
  /** Stable (the selection hook's own), so a drawn row re-renders only when its own props change. */
  onSelect(keys: readonly string[], on: boolean): void;
};

/** One difference: its kind, application (linked to the grant where it is on the connected tenant), API, what differs. */
export const DifferenceRow = memo(function DifferenceRow({ row, index, grantId, active, selected, onSelect }: Props) {
  const what = whatDiffers(row);
  return (
    <tr className="cd-row" aria-rowindex={index + 2} data-index={index} tabIndex={active ? 0 : -1}>
      {selected !== undefined && (
        <td className="cd-check">
          {row.kind !== 'unchanged' && (
            <SelectCheckbox label={`Select ${entryLabel(row)}`} checked={selected} onChange={(on) => onSelect([row.key], on)} />
          )}
        </td>
      )}
      <td>{KIND_LABEL[row.kind]}</td>
      <td>
        {grantId ? (
          <GrantLink id={grantId}>
            <IsolatedText text={row.appName} />
          </GrantLink>
        ) : (
          <IsolatedText text={row.appName} />
        )}
      </td>
      <td>
        <IsolatedText text={row.audience} />
      </td>
      <td>{row.subjectType}</td>
      <td>
        <IsolatedText text={what} />
      </td>
    </tr>
  );
});
