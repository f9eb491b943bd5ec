import { revealBidiControls } from './bidi';
import { OVERFLOW_TITLE } from './overflow-title';

type Props = { text: string; className?: string };

/**
 * Text from the tenant (a name, an identifier, a scope) inside our own layout: isolated (<bdi>) so
 * right-to-left text cannot reorder what sits around it, bidirectional controls shown as markers so
 * a name cannot pose as another, and the full value as a tooltip when the layout truncates it
 * (set on hover, components/overflow-title.ts; the attribute here is constant, so it is never rewritten).
 */
export function IsolatedText({ text, className = 'cg-text' }: Props) {
  return (
    <bdi className={className} {...{ [OVERFLOW_TITLE]: '' }}>
      {revealBidiControls(text)}
    </bdi>
  );
}
