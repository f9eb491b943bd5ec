import { describe, expect, it } from 'vitest';
import { clampPosition, moveInGrid } from './grid-navigation';

const bounds = { rows: 101, cols: 11, page: 10 };

describe('moveInGrid', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'ArrowRight' }, bounds)).toEqual({ row: 5, col: 6 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'ArrowLeft' }, bounds)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 6, col: 5 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 4, col: 5 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowLeft' }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 100, col: 10 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 100, col: 10 });
    expect(moveInGrid({ row: 100, col: 10 }, { key: 'ArrowRight' }, bounds)).toEqual({ row: 100, col: 10 });
  });

  it('goes to the ends of the row with Home/End and of the grid with Ctrl (or Cmd)', () => {
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'Home' }, bounds)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'End' }, bounds)).toEqual({ row: 5, col: 10 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'Home', ctrlKey: true }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'End', ctrlKey: true }, bounds)).toEqual({ row: 100, col: 10 });
    expect(moveInGrid({ row: 5, col: 5 }, { key: 'End', metaKey: true }, bounds)).toEqual({ row: 100, col: 10 });
  });

  it('moves a screenful of rows with PageDown/PageUp, clamped to the grid', () => {
    expect(moveInGrid({ row: 5, col: 3 }, { key: 'PageDown' }, bounds)).toEqual({ row: 15, col: 3 });
    expect(moveInGrid({ row: 95, col: 3 }, { key: 'PageDown' }, bounds)).toEqual({ row: 100, col: 3 });
    expect(moveInGrid({ row: 15, col: 3 }, { key: 'PageUp' }, bounds)).toEqual({ row: 5, col: 3 });
    expect(moveInGrid({ row: 5, col: 3 }, { key: 'PageUp' }, bounds)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid({ row: 5, col: 3 }, { key: 'PageDown' }, { ...bounds, page: 0 })).toEqual({ row: 6, col: 3 });
  });

  it('leaves other keys alone', () => {
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'Enter' }, bounds)).toBeUndefined();
    expect(moveInGrid({ row: 1, col: 1 }, { key: 'a' }, bounds)).toBeUndefined();
  });
});

describe('clampPosition', () => {
  it('keeps a position inside a grid that shrank (a filter removed rows)', () => {
    expect(clampPosition({ row: 50, col: 12 }, { rows: 4, cols: 11, page: 10 })).toEqual({ row: 3, col: 10 });
    expect(clampPosition({ row: 2, col: 2 }, { rows: 1, cols: 1, page: 10 })).toEqual({ row: 0, col: 0 });
  });
});
