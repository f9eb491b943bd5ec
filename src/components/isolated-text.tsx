import { revealBidiControls } from './bidi';

type Props = { text: string; className?: string };

/**
 * Text from the tenant (a name, an identifier, a scope) inside our own layout: isolated (<bdi>) so
 * right-to-left text cannot reorder what sits around it, bidirectional controls shown as markers so
 * a name cannot pose as another, and the full value in the title for when the layout truncates it.
 */
export function IsolatedText({ text, className = 'cg-text' }: Props) {
  const shown = revealBidiControls(text);
  return (
    <bdi className={className} title={shown}>
      {shown}
    </bdi>
  );
}
