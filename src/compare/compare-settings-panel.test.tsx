import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage';
import { CompareSettingsPanel } from './compare-settings-panel';
import { comparePairsKey, pairIdentity, type PairIdentity } from './pair-settings-store';
import { usePairSettings } from './use-pair-settings';

const staging = pairIdentity({ kind: 'tenant', domain: 'staging.example' }, { kind: 'tenant', domain: 'prod.example' });
const file = pairIdentity({ kind: 'file', names: ['tenant.yaml'] }, { kind: 'tenant', domain: 'prod.example' });

function Panel({ pair, storage }: { pair?: PairIdentity; storage: Storage }) {
  return <CompareSettingsPanel settings={usePairSettings(pair, storage)} />;
}

const mappingsField = () => screen.getByRole('textbox', { name: 'Mappings' });
const keywordsField = () => screen.getByRole('textbox', { name: 'Keyword values' });
const stored = (storage: Storage) => storage.getItem(comparePairsKey) ?? '';

describe('CompareSettingsPanel with settings remembered per pair', { timeout: 20_000 }, () => {
  it('restores a pair’s mappings when it is chosen again, and says so', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { rerender } = render(<Panel pair={staging} storage={storage} />);
    await user.click(mappingsField());
    await user.paste('api: https://api.staging.example/ => https://api.example/');
    expect(stored(storage)).toContain('https://api.staging.example/');
    rerender(<Panel storage={storage} />);
    await user.clear(mappingsField());
    rerender(<Panel pair={staging} storage={storage} />);
    expect(mappingsField()).toHaveValue('api: https://api.staging.example/ => https://api.example/');
    expect(screen.getByRole('status')).toHaveTextContent('Mappings for staging.example → prod.example restored from this browser.');
  });

  it('keeps what was typed when the new pair has nothing stored (typed before the file was read)', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { rerender } = render(<Panel storage={storage} />);
    await user.click(mappingsField());
    await user.paste('app: Billing (staging) => Billing');
    expect(stored(storage)).toBe('');
    rerender(<Panel pair={file} storage={storage} />);
    expect(mappingsField()).toHaveValue('app: Billing (staging) => Billing');
    expect(screen.queryByRole('status')).toBeNull();
    expect(stored(storage)).toContain('Billing (staging)');
  });

  it('keeps keyword values (they may be secrets) only when the admin ticks the checkbox', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { unmount } = render(<Panel pair={file} storage={storage} />);
    await user.click(mappingsField());
    await user.paste('app: A => B');
    await user.click(keywordsField());
    await user.paste('{"SECRET": "s3cr3t"}');
    expect(stored(storage)).not.toContain('s3cr3t');
    await user.click(screen.getByRole('checkbox', { name: 'Remember keyword values in this browser' }));
    expect(stored(storage)).toContain('s3cr3t');
    unmount();
    render(<Panel pair={file} storage={storage} />);
    expect(keywordsField()).toHaveValue('{"SECRET": "s3cr3t"}');
    expect(screen.getByRole('checkbox', { name: 'Remember keyword values in this browser' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Mappings and keyword values for tenant.yaml → prod.example restored from this browser.');
    // Unticked, the stored values go; the mappings stay.
    await user.click(screen.getByRole('checkbox', { name: 'Remember keyword values in this browser' }));
    expect(stored(storage)).not.toContain('s3cr3t');
    expect(stored(storage)).toContain('app: A => B');
  });

  it('forgets the pair: the fields empty, nothing stored, and a message', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    render(<Panel pair={staging} storage={storage} />);
    await user.click(mappingsField());
    await user.paste('app: A => B');
    await user.click(screen.getByRole('button', { name: 'Forget this pair’s mappings and keyword values' }));
    expect(mappingsField()).toHaveValue('');
    expect(stored(storage)).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('This browser no longer holds mappings or keyword values for staging.example → prod.example.');
  });

  it('starts empty over a damaged entry, and offers no forgetting before both sides are chosen', () => {
    const storage = memoryStorage();
    storage.setItem(comparePairsKey, JSON.stringify({ [staging.key]: { mappings: ['not text'], savedAt: 'x' } }));
    const { rerender } = render(<Panel storage={storage} />);
    expect(screen.getByRole('button', { name: 'Forget this pair’s mappings and keyword values' })).toBeDisabled();
    rerender(<Panel pair={staging} storage={storage} />);
    expect(mappingsField()).toHaveValue('');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
