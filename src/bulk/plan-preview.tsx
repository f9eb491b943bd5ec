import Typography from '@mui/material/Typography';
import type { ClientGrant } from '../api/client-grants';
import { skipReasons, type PlanEntry } from './bulk-plan';
import { CappedList } from './capped-list';
import { revealBidiControls } from '../components/bidi';

type Change = Extract<PlanEntry, { kind: 'change' }>;
type Skip = Exclude<PlanEntry, Change>;

const changeText = ({ added, removed }: Change) =>
  [added.length ? `adds ${added.join(', ')}` : '', removed.length ? `removes ${removed.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');

type Props = { plan: PlanEntry[]; labelOf(grant: ClientGrant): string };

/** Per grant, what Apply would add and remove; and the grants it leaves alone, with why. */
export function PlanPreview({ plan, labelOf }: Props) {
  const changes = plan.filter((entry): entry is Change => entry.kind === 'change');
  const skipped = plan.filter((entry): entry is Skip => entry.kind !== 'change');
  return (
    <>
      {changes.length === 0 && (
        <Typography variant="body2" sx={{ my: 1 }}>
          Nothing to change yet: choose scopes to add or remove.
        </Typography>
      )}
      <CappedList
        label="Preview"
        items={changes}
        keyOf={(entry) => entry.grant.id}
        render={(entry) => (
          <>
            <bdi>{revealBidiControls(labelOf(entry.grant))}</bdi>: {revealBidiControls(changeText(entry))}
          </>
        )}
      />
      <CappedList
        label="Skipped"
        items={skipped}
        keyOf={(entry) => entry.grant.id}
        render={(entry) => (
          <>
            <bdi>{revealBidiControls(labelOf(entry.grant))}</bdi>: {skipReasons[entry.kind]}
          </>
        )}
      />
    </>
  );
}
