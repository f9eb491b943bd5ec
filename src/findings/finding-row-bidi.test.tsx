import { describe, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import { expectBidiRevealed } from '../components/bidi-expect';
import { buildIndex, fixtureApi, fixtureClient, fixtureGrant } from '../tenant-index/index-fixtures';
import { FindingRow } from './finding-row';
import type { Finding } from './rules';

const SCOPE = 'delete:\u202Etxt.exe';
const grant = fixtureGrant('cgr_1', 'c_evil', 'https://orders', { scope: [SCOPE] });
const index = buildIndex({
  clients: [fixtureClient('c_evil', { name: '\u202Eevil.exe' })],
  apis: [fixtureApi('https://orders', { name: 'Orders \u202Eipa' })],
  grants: [grant],
});
const finding: Finding = {
  id: 'f1',
  rule: 'undefined-scopes',
  severity: 'high',
  title: 'Scopes its API does not define',
  explanation: 'Why',
  grant,
  scopes: [SCOPE],
  fixes: [],
  ownGrant: false,
};

describe('FindingRow: bidi controls are shown, never applied', () => {
  it('in the application, the API and the scopes concerned', () => {
    render(
      <Table>
        <TableBody>
          <FindingRow
            finding={finding}
            index={index}
            canWrite
            onFix={() => undefined}
            onDismiss={() => undefined}
          />
        </TableBody>
      </Table>,
    );
    expectBidiRevealed(screen.getByRole('rowheader'));
    // Severity, finding, then (after the application's row header) the API and the scopes.
    const cells = screen.getAllByRole('cell');
    expectBidiRevealed(cells[2]);
    expectBidiRevealed(cells[3]);
  });
});
