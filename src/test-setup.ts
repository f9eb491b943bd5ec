import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Disconnect loads this module lazily to forget saved reads (connection/stored-session.ts); loaded here first, a
// test that ends right after a Disconnect does not have it loading after the environment is torn down.
import './tenant-index/idb-read-journal';

afterEach(() => {
  cleanup();
});
