import { Fragment } from 'react';
import { revealBidiControls } from '../components/bidi';
import { organizationReachText, type OrganizationReach } from './organization-text';

/**
 * The reach's words, each organization's name isolated (a right-to-left name cannot reorder the list around
 * it) with bidirectional controls shown as markers. The line under it is the caller's (lean rows or MUI cells).
 */
export function OrganizationReachText({ reach }: { reach: OrganizationReach }) {
  if (reach.kind !== 'associated') return <>{organizationReachText(reach)}</>;
  return (
    <>
      {reach.names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          <bdi>{revealBidiControls(name)}</bdi>
        </Fragment>
      ))}
      {reach.more > 0 && ` +${reach.more}`}
      {reach.partial && ' so far'}
    </>
  );
}
