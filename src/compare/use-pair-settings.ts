import { useEffect, useMemo, useState } from 'react';
import { forgetPairSettings, loadPairSettings, savePairSettings, type PairIdentity } from './pair-settings-store';

export type PairSettingsState = {
  mappings: string;
  setMappings: (text: string) => void;
  keywords: string;
  setKeywords: (text: string) => void;
  /** Keyword values are kept in this browser only when the admin ticks this (they may hold client secrets). */
  rememberKeywords: boolean;
  setRememberKeywords: (remember: boolean) => void;
  /** The pair both sides make, once both are named (a file side once a file is read). */
  pair?: PairIdentity;
  /** What happened to this pair's stored settings, to say so on the page. */
  notice?: 'restored' | 'forgotten';
  forget: () => void;
};

type State = {
  pairKey?: string;
  mappings: string;
  keywords: string;
  rememberKeywords: boolean;
  notice?: 'restored' | 'forgotten';
};

/**
 * The mapping and keyword text of the current pair: restored when a pair with stored settings is chosen, saved as
 * it changes. A pair with nothing stored keeps what is typed (typed before the file was chosen, it is not lost).
 */
export function usePairSettings(pair: PairIdentity | undefined, storage: Storage = localStorage): PairSettingsState {
  const [state, setState] = useState<State>({ mappings: '', keywords: '', rememberKeywords: false });
  if (pair?.key !== state.pairKey) {
    // Adjusted while rendering (not in an effect), so the save below never sees one pair with another's text.
    const stored = pair ? loadPairSettings(storage, pair.key) : undefined;
    setState(
      stored
        ? {
            pairKey: pair?.key,
            mappings: stored.mappings,
            keywords: stored.keywords ?? state.keywords,
            rememberKeywords: stored.keywords !== undefined,
            notice: 'restored',
          }
        : { ...state, pairKey: pair?.key, notice: undefined },
    );
  }
  const { pairKey, mappings, keywords, rememberKeywords } = state;
  useEffect(() => {
    if (pairKey === undefined) return;
    savePairSettings(storage, pairKey, rememberKeywords ? { mappings, keywords } : { mappings });
  }, [storage, pairKey, mappings, keywords, rememberKeywords]);
  // One object per change of the text, the pair or the notice, so the panel (memoised: its multiline fields measure
  // the layout on every render) is not drawn again when only the diff below it changes.
  return useMemo(
    () => ({
      mappings,
      setMappings: (text: string) => setState((s) => ({ ...s, mappings: text })),
      keywords,
      setKeywords: (text: string) => setState((s) => ({ ...s, keywords: text })),
      rememberKeywords,
      setRememberKeywords: (remember: boolean) => setState((s) => ({ ...s, rememberKeywords: remember })),
      ...(pair ? { pair } : {}),
      ...(state.notice ? { notice: state.notice } : {}),
      forget: () => {
        if (pairKey !== undefined) forgetPairSettings(storage, pairKey);
        // The fields empty too: what stays on the page would be saved again at once.
        setState((s) => ({ ...s, mappings: '', keywords: '', rememberKeywords: false, notice: 'forgotten' }));
      },
    }),
    [mappings, keywords, rememberKeywords, pair, state.notice, pairKey, storage],
  );
}
