import { describe, expect, it } from 'vitest';
import { clearStoredSession } from '../connection/stored-session';
import { loadDismissals, saveDismissals } from './dismissals';

describe('dismissals', () => {
  it('are kept per tenant and survive a reload of the storage', () => {
    saveDismissals(localStorage, 'a.example', 'app@clients', {
      'broad:cgr_1': { reason: 'Needs them all', at: 5 },
    });
    expect(loadDismissals(localStorage, 'a.example', 'app@clients')).toEqual({
      'broad:cgr_1': { reason: 'Needs them all', at: 5 },
    });
    expect(loadDismissals(localStorage, 'b.example', 'app@clients')).toEqual({});
    saveDismissals(localStorage, 'a.example', 'app@clients', {});
    expect(localStorage.length).toBe(0);
  });

  it("are one token subject's: a colleague's token in the same browser sees none of them (issue 29, item 6)", () => {
    saveDismissals(localStorage, 'a.example', 'app@clients', {
      'broad:cgr_1': { reason: 'Needs them all', at: 5 },
    });
    expect(Object.keys(loadDismissals(localStorage, 'a.example', 'app@clients'))).toEqual(['broad:cgr_1']);
    expect(loadDismissals(localStorage, 'a.example', 'colleague@clients')).toEqual({});
    expect(loadDismissals(localStorage, 'a.example', undefined)).toEqual({});
    localStorage.clear();
  });

  it("are forgotten by Disconnect, with every other subject's and any older per-tenant entry", () => {
    localStorage.setItem('mui-mode', 'dark');
    localStorage.setItem(
      'client-grants-dashboard:dismissed-findings:a.example',
      '{"y":{"reason":"ok","at":1}}',
    );
    saveDismissals(localStorage, 'a.example', 'app@clients', {
      'broad:cgr_1': { reason: 'Needs them all', at: 5 },
    });
    saveDismissals(localStorage, 'b.example', undefined, { 'broad:cgr_2': { reason: 'Fine', at: 6 } });
    clearStoredSession();
    expect(loadDismissals(localStorage, 'a.example', 'app@clients')).toEqual({});
    expect(Object.keys(localStorage)).toEqual(['mui-mode']);
    localStorage.clear();
  });

  it('ignore corrupt or foreign entries', () => {
    const key = 'client-grants-dashboard:dismissed-findings:a.example:s:app%40clients';
    localStorage.setItem(key, '{"x":{"reason":1},"y":{"reason":"ok","at":1}');
    expect(loadDismissals(localStorage, 'a.example', 'app@clients')).toEqual({});
    localStorage.setItem(key, '{"x":{"reason":1},"y":{"reason":"ok","at":1}}');
    expect(loadDismissals(localStorage, 'a.example', 'app@clients')).toEqual({ y: { reason: 'ok', at: 1 } });
    localStorage.clear();
  });
});
