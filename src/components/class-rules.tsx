import { memo } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';

type Props = { rules: (theme: Theme) => Record<string, unknown> };

/**
 * Class rules for lean rows (plain elements styled by a container class), resolved and injected once.
 * As a table's `sx` they were serialized again on every render of it; memoized, and given a module-level
 * `rules` function, this renders once per mount.
 */
export const ClassRules = memo(function ClassRules({ rules }: Props) {
  return <GlobalStyles styles={rules} />;
});
