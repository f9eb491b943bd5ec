import { describe, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { expectBidiRevealed } from '../components/bidi-expect';
import { DismissDialog } from './dismiss-dialog';

describe('DismissDialog: bidi controls are shown, never applied', () => {
  it('in the sentence that names the grant being dismissed', () => {
    render(
      <DismissDialog
        label={'\u202Eevil.exe on Orders'}
        title="Scopes its API does not define"
        onDismiss={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expectBidiRevealed(screen.getByText(/It moves to Dismissed/));
  });
});
