import { iconPaths, type IconName } from './icon-paths';

type Props = { name: IconName; title?: string };

/** A Material icon as a bare <svg> (sized and coloured by the surrounding class rules). */
export function PlainIcon({ name, title }: Props) {
  return (
    <svg className="cg-svg" viewBox="0 0 24 24" aria-hidden={title ? undefined : true} role={title ? 'img' : undefined}>
      {title && <title>{title}</title>}
      <path d={iconPaths[name]} />
    </svg>
  );
}
