import { memo } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PairSettingsState } from './use-pair-settings';

type Props = {
  settings: PairSettingsState;
  mappingsError?: string;
  keywordsError?: string;
};

function noticeText({ pair, notice, rememberKeywords }: PairSettingsState): string | undefined {
  if (!pair || !notice) return undefined;
  if (notice === 'forgotten') return `This browser no longer holds mappings or keyword values for ${pair.label}.`;
  return rememberKeywords
    ? `Mappings and keyword values for ${pair.label} restored from this browser.`
    : `Mappings for ${pair.label} restored from this browser.`;
}

/**
 * The mapping table and the Deploy CLI keyword values, as text, remembered per pair of sides in this browser.
 * Memoised: MUI's multiline fields measure the layout on each render, and the page renders on every diff change.
 */
export const CompareSettingsPanel = memo(function CompareSettingsPanel({ settings, mappingsError, keywordsError }: Props) {
  const notice = noticeText(settings);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label="Mappings"
          multiline
          minRows={2}
          size="small"
          value={settings.mappings}
          onChange={(event) => settings.setMappings(event.target.value)}
          error={mappingsError !== undefined}
          helperText={mappingsError ?? 'One a line: app: Billing (staging) => Billing, or api: https://api.staging.example.com/ => https://api.example.com/'}
          sx={{ flex: '1 1 320px' }}
        />
        <TextField
          label="Keyword values"
          multiline
          minRows={2}
          size="small"
          value={settings.keywords}
          onChange={(event) => settings.setKeywords(event.target.value)}
          error={keywordsError !== undefined}
          helperText={keywordsError ?? 'For ##KEY## and @@KEY@@ in Deploy CLI files, as JSON: {"ENV": "prod"}'}
          sx={{ flex: '1 1 320px' }}
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <FormControlLabel
          control={<Checkbox checked={settings.rememberKeywords} onChange={(event) => settings.setRememberKeywords(event.target.checked)} />}
          label="Remember keyword values in this browser"
        />
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 240px' }}>
          {settings.pair
            ? 'Mappings are remembered for this pair in this browser until Disconnect; keyword values (they may hold secrets) only if ticked.'
            : 'Mappings are remembered per pair of sides once both are chosen.'}
        </Typography>
        <Button onClick={settings.forget} disabled={!settings.pair}>
          Forget this pair’s mappings and keyword values
        </Button>
      </Stack>
      {notice && <Typography role="status">{notice}</Typography>}
    </Stack>
  );
});
