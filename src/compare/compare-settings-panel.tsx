import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

type Props = {
  mappings: string;
  onMappings: (text: string) => void;
  mappingsError?: string;
  keywords: string;
  onKeywords: (text: string) => void;
  keywordsError?: string;
};

/** The mapping table and the Deploy CLI keyword values, as text (a table editor is left for later). */
export function CompareSettingsPanel({ mappings, onMappings, mappingsError, keywords, onKeywords, keywordsError }: Props) {
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        label="Mappings"
        multiline
        minRows={2}
        size="small"
        value={mappings}
        onChange={(event) => onMappings(event.target.value)}
        error={mappingsError !== undefined}
        helperText={mappingsError ?? 'One a line: app: Billing (staging) => Billing, or api: https://api.staging.example.com/ => https://api.example.com/'}
        sx={{ flex: '1 1 320px' }}
      />
      <TextField
        label="Keyword values"
        multiline
        minRows={2}
        size="small"
        value={keywords}
        onChange={(event) => onKeywords(event.target.value)}
        error={keywordsError !== undefined}
        helperText={keywordsError ?? 'For ##KEY## and @@KEY@@ in Deploy CLI files, as JSON: {"ENV": "prod"}'}
        sx={{ flex: '1 1 320px' }}
      />
    </Stack>
  );
}
