import { describe, expect, it } from 'vitest';
import { hasBidiControls, revealBidiControls } from './bidi';

describe('bidi controls', () => {
  it.each([
    ['\u202Eevil.exe', '⟨U+202E⟩evil.exe'],
    ['a\u202Ab\u202Bc\u202Cd\u202De', 'a⟨U+202A⟩b⟨U+202B⟩c⟨U+202C⟩d⟨U+202D⟩e'],
    ['\u2066x\u2067y\u2068z\u2069', '⟨U+2066⟩x⟨U+2067⟩y⟨U+2068⟩z⟨U+2069⟩'],
    ['\u200Ea\u200Fb\u061Cc', '⟨U+200E⟩a⟨U+200F⟩b⟨U+061C⟩c'],
  ])('reveals every control in %j', (text, shown) => {
    expect(hasBidiControls(text)).toBe(true);
    expect(revealBidiControls(text)).toBe(shown);
    expect(hasBidiControls(revealBidiControls(text))).toBe(false);
  });

  it.each(['Billing Service', 'שירות חיוב', 'خدمة الفوترة', '', 'a\u200Bb'])('leaves %j as it is', (text) => {
    expect(hasBidiControls(text)).toBe(false);
    expect(revealBidiControls(text)).toBe(text);
  });

  it('gives the same answer when called again (no regex state carried over)', () => {
    expect([hasBidiControls('\u202Ex'), hasBidiControls('\u202Ex'), hasBidiControls('\u202Ex')]).toEqual([true, true, true]);
  });
});
