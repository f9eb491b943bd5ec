import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitSnackbar } from './rate-limit-snackbar';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

describe('RateLimitSnackbar', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says a 429 is being waited out, in whole seconds', () => {
    render(<RateLimitSnackbar retryAt={NOW + 2400} />);
    expect(screen.getByRole('status')).toHaveTextContent('Rate limited by the tenant — retrying in 3 s');
  });

  it('says the tenant is unavailable when a 503 with Retry-After is waited out', () => {
    render(<RateLimitSnackbar retryAt={NOW + 4000} cause="unavailable" />);
    expect(screen.getByRole('status')).toHaveTextContent('The tenant is unavailable for now — retrying in 4 s');
  });
});
