import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadStoredSession } from '../connection/stored-session';
import { loadGrantsPage } from '../grants/grants-page-chunk';
import { takeFirstPage } from './first-page';
import { installOverflowTitles } from '../components/overflow-title';

export async function mount(root: HTMLElement): Promise<void> {
  // A restored session renders the grants page at once: its chunk (started by the entry) and the
  // first page of grants are awaited together, so the first render is the page with its rows.
  const [firstPage] = await Promise.all([takeFirstPage(), loadStoredSession() ? loadGrantsPage() : undefined]);
  installOverflowTitles();
  createRoot(root).render(
    <StrictMode>
      <App firstPage={firstPage} />
    </StrictMode>,
  );
}
