/**
 * Bidirectional control characters: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and marks (U+200E, U+200F, U+061C). An override makes "‮evil.exe" display as
 * "exe.live", so a name holding one could pose as another; none is needed to write a name in a
 * right-to-left script, which the Unicode algorithm lays out by itself.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** The text with each bidirectional control shown as a visible marker, e.g. "⟨U+202E⟩evil.exe". */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (control) => `⟨U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
