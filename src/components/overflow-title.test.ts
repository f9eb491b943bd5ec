import { afterEach, describe, expect, it } from 'vitest';
import { installOverflowTitles, OVERFLOW_TITLE } from './overflow-title';

// jsdom lays nothing out: each test gives its elements the widths a browser would.
function sized<T extends HTMLElement>(element: T, clientWidth: number, scrollWidth: number): T {
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => clientWidth });
  Object.defineProperty(element, 'scrollWidth', { configurable: true, get: () => scrollWidth });
  return element;
}

function value(text: string): HTMLElement {
  const element = document.createElement('bdi');
  element.setAttribute(OVERFLOW_TITLE, '');
  element.textContent = text;
  return element;
}

const hover = (element: Element) => element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

let remove: () => void = () => undefined;
afterEach(() => {
  remove();
  document.body.replaceChildren();
});

describe('installOverflowTitles', () => {
  it('gives a cut value its full text as a tooltip when the pointer reaches it, and a whole one none', () => {
    remove = installOverflowTitles();
    const cut = sized(value('Billing Service (EU production, read-only replica)'), 170, 320);
    const whole = sized(value('Billing'), 60, 60);
    document.body.append(cut, whole);
    hover(cut);
    hover(whole);
    expect(cut.title).toBe('Billing Service (EU production, read-only replica)');
    expect(whole.hasAttribute('title')).toBe(false);
  });

  it('follows the text when the element is reused for another value (rows are keyed by position)', () => {
    remove = installOverflowTitles();
    const element = sized(value('first-app-with-a-very-long-name'), 100, 250);
    document.body.append(element);
    hover(element);
    element.textContent = 'short';
    sized(element, 100, 100);
    hover(element);
    expect(element.hasAttribute('title')).toBe(false);
  });

  it('measures an inline value by the block that cuts it, from a child of the value too', () => {
    remove = installOverflowTitles();
    const block = sized(document.createElement('span'), 220, 400);
    const id = sized(value('LocalTenantAdminApp0000000000001'), 0, 0);
    block.append('Machine to machine · ', id);
    document.body.append(block);
    hover(id.firstChild!.parentElement!);
    expect(id.title).toBe('LocalTenantAdminApp0000000000001');
  });

  it('does nothing once removed, nor for elements that are not marked', () => {
    remove = installOverflowTitles();
    const plain = sized(document.createElement('span'), 10, 100);
    plain.textContent = 'not a tenant value';
    document.body.append(plain);
    hover(plain);
    expect(plain.hasAttribute('title')).toBe(false);
    remove();
    const cut = sized(value('a long value'), 10, 100);
    document.body.append(cut);
    hover(cut);
    expect(cut.hasAttribute('title')).toBe(false);
  });
});
