import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takenByDialog, useBackGuard } from './use-back-guard';

/** A URL listener like the grants list's, added before any dialog opens (as on the real page). */
function listen() {
  const seen = vi.fn();
  const listener = (event: PopStateEvent) => {
    if (!takenByDialog(event)) seen();
  };
  window.addEventListener('popstate', listener);
  return { seen, stop: () => window.removeEventListener('popstate', listener) };
}

describe('useBackGuard', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  /** Visits these addresses, then mounts the page's URL listener and a guard that starts as `active`. */
  function start(addresses: string[], active: boolean) {
    for (const address of addresses) window.history.pushState(null, '', address);
    const onBack = vi.fn();
    const page = listen();
    const hook = renderHook((props: { active: boolean }) => useBackGuard(props.active, onBack), { initialProps: { active } });
    cleanups.push(page.stop, hook.unmount);
    return { onBack, seen: page.seen, rerender: hook.rerender };
  }

  it('while active, Back keeps the address, runs onBack and hides the navigation from the page', async () => {
    const { onBack, seen } = start(['/?grant=cgr_before', '/?page=2'], true);
    window.history.back();
    await waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?page=2');
    expect(seen).not.toHaveBeenCalled();
  });

  it("follows the page's own address changes (untrusted popstate) and lets them through", async () => {
    const { onBack, seen } = start(['/?a=1'], true);
    window.history.pushState(null, '', '/?grant=cgr_new');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toHaveBeenCalledTimes(1);

    window.history.back();
    await waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?grant=cgr_new');
  });

  it.each([
    ['when inactive', false],
    ['once the dialog closes', true],
  ])('%s, Back navigates as usual', async (_name, activeAtFirst) => {
    const { onBack, seen, rerender } = start(['/?x=1', '/?x=2'], activeAtFirst);
    rerender({ active: false });
    window.history.back();
    await waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?x=1');
    expect(onBack).not.toHaveBeenCalled();
  });
});
