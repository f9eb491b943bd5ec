import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import type { ClientGrant } from '../api/client-grants';
import { GrantCard } from './grant-card';
import type { Names } from './use-names';

type Props = {
  grants: ClientGrant[] | undefined;
  names: Names;
  empty: ReactNode;
  onOpen(grant: ClientGrant): void;
  onEdit(grant: ClientGrant): void;
  onDelete(grant: ClientGrant): void;
  isSelected(id: string): boolean;
  onSelect(grant: ClientGrant, selected: boolean): void;
};

/** The grants on a narrow screen, as a labelled list of cards. */
export function GrantCards({ grants, names, empty, onOpen, onEdit, onDelete, isSelected, onSelect }: Props) {
  if (!grants) {
    return (
      <Box sx={{ p: 2, display: 'grid', gap: 1 }} aria-hidden="true">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={72} />
        ))}
      </Box>
    );
  }
  if (grants.length === 0) return empty;
  return (
    <Box component="ul" aria-label="Client grants" className="cg-grant-cards">
      {grants.map((grant) => (
        <GrantCard
          key={grant.id}
          grant={grant}
          names={names}
          onOpen={onOpen}
          onEdit={onEdit}
          onDelete={onDelete}
          selected={isSelected(grant.id)}
          onSelect={onSelect}
        />
      ))}
    </Box>
  );
}
