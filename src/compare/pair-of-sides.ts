import { pairIdentity, type PairIdentity, type SideIdentity } from './pair-settings-store';
import type { SideState } from './use-compare-side';

function identityOf(side: Pick<SideState, 'choice' | 'file'>, mainDomain: string): SideIdentity | undefined {
  if (side.choice === 'tenant') return { kind: 'tenant', domain: mainDomain };
  if (side.choice.startsWith('other:')) return { kind: 'tenant', domain: side.choice.slice('other:'.length) };
  return side.file ? { kind: 'file', names: side.file.names } : undefined;
}

/** The pair the two sides make, once both are named: a file side has none until a file is read. */
export function pairOfSides(
  source: Pick<SideState, 'choice' | 'file'>,
  target: Pick<SideState, 'choice' | 'file'>,
  mainDomain: string,
): PairIdentity | undefined {
  const from = identityOf(source, mainDomain);
  const to = identityOf(target, mainDomain);
  return from && to ? pairIdentity(from, to) : undefined;
}
