import { fireEvent, render, screen } from '@testing-library/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { HTMLAttributes } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { virtualListboxProps } from './virtual-listbox';

// jsdom lays nothing out: give the listbox a 300 px box and every option 52 px, so the virtualiser draws a window.
let sizes: MockInstance[] = [];
beforeAll(() => {
  sizes = [
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400),
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300),
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(300),
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 400, 52)),
  ];
});
afterAll(() => sizes.forEach((spy) => spy.mockRestore()));

const options = Array.from({ length: 400 }, (_, i) => `scope:${String(i).padStart(3, '0')}`);

function Picker() {
  return (
    <Autocomplete
      options={options}
      {...virtualListboxProps}
      renderInput={(params) => <TextField {...params} label="Scope" />}
    />
  );
}

const highlightedIndex = (input: HTMLElement) => Number(/-option-(\d+)$/.exec(input.getAttribute('aria-activedescendant') ?? '')?.[1] ?? -1);

describe('VirtualListbox', () => {
  it('renders a window of the options, not all of them', () => {
    render(<Picker />);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Scope' }));
    const rendered = screen.getAllByRole('option').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
  });

  it('keeps up with key repeat: every ArrowDown moves the highlight one option, far past the first window', async () => {
    render(<Picker />);
    const input = screen.getByRole('combobox', { name: 'Scope' });
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const start = highlightedIndex(input);
    // One key event after another with no frame, scroll event or scheduled render in between: only what runs
    // before the next event, as in a browser under a held key. The first window holds options 0–12; jsdom never
    // scrolls, so the view stays there and 30 presses stay within the reach kept around it (two pages).
    for (let i = 0; i < 30; i++) {
      fireEvent.keyDown(input, { key: 'ArrowDown' });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
    }
    expect(highlightedIndex(input)).toBe(start + 30);
    expect(screen.getByRole('option', { name: options[start + 30] })).toHaveClass('Mui-focused');
  });

  it('renders only the options entering the range when the highlight moves, not every rendered one again', async () => {
    let renders = 0;
    function CountedOption(props: HTMLAttributes<HTMLLIElement>) {
      renders++;
      return <li {...props} />;
    }
    render(
      <Autocomplete
        options={options}
        {...virtualListboxProps}
        renderOption={({ key, ...props }, option) => (
          <CountedOption key={key} {...props}>
            {option}
          </CountedOption>
        )}
        renderInput={(params) => <TextField {...params} label="Scope" />}
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Scope' });
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    renders = 0;
    for (let i = 0; i < 10; i++) {
      fireEvent.keyDown(input, { key: 'ArrowDown' });
      await new Promise<void>((resolve) => queueMicrotask(resolve));
    }
    // ~25 options are rendered; each move brings at most one new one into the range (257 before rows were memoized).
    expect(renders).toBeLessThanOrEqual(10);
  });
});
