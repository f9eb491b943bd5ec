import { describe, expect, it } from 'vitest';
import { loadDismissals, saveDismissals } from './dismissals';

describe('dismissals', () => {
  it('are kept per tenant and survive a reload of the storage', () => {
    saveDismissals(localStorage, 'a.example', { 'broad:cgr_1': { reason: 'Needs them all', at: 5 } });
    expect(loadDismissals(localStorage, 'a.example')).toEqual({ 'broad:cgr_1': { reason: 'Needs them all', at: 5 } });
    expect(loadDismissals(localStorage, 'b.example')).toEqual({});
    saveDismissals(localStorage, 'a.example', {});
    expect(localStorage.length).toBe(0);
  });

  it('ignore corrupt or foreign entries', () => {
    localStorage.setItem('client-grants-dashboard:dismissed-findings:a.example', '{"x":{"reason":1},"y":{"reason":"ok","at":1}');
    expect(loadDismissals(localStorage, 'a.example')).toEqual({});
    localStorage.setItem('client-grants-dashboard:dismissed-findings:a.example', '{"x":{"reason":1},"y":{"reason":"ok","at":1}}');
    expect(loadDismissals(localStorage, 'a.example')).toEqual({ y: { reason: 'ok', at: 1 } });
    localStorage.clear();
  });
});
