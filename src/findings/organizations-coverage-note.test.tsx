import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { OrganizationsCoverageNote } from './organizations-coverage-note';

describe('OrganizationsCoverageNote', () => {
  it('says nothing once every organization and association was read', () => {
    const { container } = render(<OrganizationsCoverageNote coverage={{ status: 'complete' }} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the missing scope when the token may not read organizations', () => {
    render(<OrganizationsCoverageNote coverage={{ status: 'forbidden', missingScopes: ['read:organization_client_grants'] }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/were not checked.*needs read:organization_client_grants/);
  });

  it('says why a partial read is not enough', () => {
    render(<OrganizationsCoverageNote coverage={{ status: 'partial' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/read only in part.*look unassociated/);
  });
});
