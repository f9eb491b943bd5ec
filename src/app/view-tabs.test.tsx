import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTenant, withConnection } from '../bulk/bulk-test-kit';
import { ViewTabs } from './view-tabs';

afterEach(() => window.history.replaceState(null, '', '/'));

function renderTabs(view: 'grants' | 'access' | 'findings' = 'grants') {
  render(withConnection(fakeTenant([]).api, <ViewTabs view={view} />));
  return screen.getByRole('tablist', { name: 'Views' });
}

describe('ViewTabs', () => {
  it('lists the four views with the current one selected and the only one in the tab order', () => {
    renderTabs('access');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Grants', 'Access', 'Findings', 'Compare']);
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Access');
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1]);
  });

  it('moves the focus with the arrow keys and Home/End without switching, and switches on Enter', async () => {
    const user = userEvent.setup();
    renderTabs('grants');
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Grants' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Compare' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Access' })).toHaveFocus();
    expect(window.location.search).toBe('');
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?view=access');
  });

  it('switches on a click, and a click on the current view changes nothing', async () => {
    const user = userEvent.setup();
    renderTabs('grants');
    await user.click(screen.getByRole('tab', { name: 'Grants' }));
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('tab', { name: 'Findings' }));
    expect(window.location.search).toBe('?view=findings');
  });
});
