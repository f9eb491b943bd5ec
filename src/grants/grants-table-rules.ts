import type { Theme } from '@mui/material/styles';
import { grantCardsSx, grantsTableSx } from './grants-table-styles';

// The table's and the cards' class rules, for <ClassRules> (components/class-rules.tsx): injected once
// instead of serialized as the table's sx on every page turn (~40 rules).
export const grantsTableRules = (theme: Theme) => ({
  '.cg-grants-table': theme.unstable_sx(grantsTableSx),
  '.cg-grant-cards': theme.unstable_sx(grantCardsSx),
});
