import { memo } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { grantCardsSx, grantsTableSx } from './grants-table-styles';

// The table's and the cards' class rules, resolved and injected once. As the `sx` of the table they were
// serialized again on every render of it, i.e. on every page turn (~40 rules, a few ms each time, measured
// in bench/RESULTS.md's "Next page" figures); the rules themselves never change.
const rules = (theme: Theme) => ({
  '.cg-grants-table': theme.unstable_sx(grantsTableSx),
  '.cg-grant-cards': theme.unstable_sx(grantCardsSx),
});

/** Rendered by the grants table; memoized with no props, so it renders once per mount. */
export const GrantsTableRules = memo(function GrantsTableRules() {
  return <GlobalStyles styles={rules} />;
});
