import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { Lookup } from './use-names';

type Props = {
  lookup: Lookup<{ name: string }>;
  id: string;
  /** Shown beside the id, e.g. the app type. */
  extra?: string;
  missingLabel: string;
  badge?: string;
};

/** A name over its id; the id alone while names load; a clear label when the thing no longer exists. */
export function NameCell({ lookup, id, extra, missingLabel, badge }: Props) {
  const name = lookup.status === 'found' ? lookup.value.name : undefined;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 500, wordBreak: 'break-word' }}>
          {name ?? (lookup.status === 'missing' ? missingLabel : id)}
        </Typography>
        {lookup.status === 'missing' && (
          // Warning-coloured text fails WCAG contrast on white; the border carries the colour instead.
          <Chip size="small" variant="outlined" label="Deleted" sx={{ borderColor: 'warning.main', color: 'text.primary' }} />
        )}
        {badge && <Chip size="small" color="secondary" variant="outlined" label={badge} />}
      </Box>
      {(name || lookup.status === 'missing') && (
        <Typography variant="caption" color="text.secondary" noWrap component="div" title={id} sx={{ maxWidth: 220 }}>
          {extra ? `${extra} · ` : ''}
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {id}
          </Box>
        </Typography>
      )}
    </Box>
  );
}
