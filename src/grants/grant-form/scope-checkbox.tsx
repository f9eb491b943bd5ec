import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import type { ResourceServerScope } from '../../api/resource-servers';

type Props = {
  scope: ResourceServerScope;
  checked: boolean;
  disabled: boolean;
  onToggle(scope: string, checked: boolean): void;
};

/** One scope row: the value as the checkbox's name, the description underneath. */
export function ScopeCheckbox({ scope, checked, disabled, onToggle }: Props) {
  return (
    <FormControlLabel
      sx={{ display: 'flex', alignItems: 'flex-start', mr: 0 }}
      control={
        <Checkbox
          size="small"
          disableRipple
          checked={checked}
          disabled={disabled}
          onChange={(event) => onToggle(scope.value, event.target.checked)}
          // Named by the scope value alone so people and tests find "read:orders", not its description.
          slotProps={{ input: { 'aria-label': scope.value } }}
        />
      }
      label={
        <Box sx={{ py: 0.75 }}>
          <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
            {scope.value}
          </Typography>
          {scope.description && (
            <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
              {scope.description}
            </Typography>
          )}
        </Box>
      }
    />
  );
}
