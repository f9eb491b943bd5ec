import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { takeFirstPage } from './first-page';

export async function mount(root: HTMLElement): Promise<void> {
  const firstPage = await takeFirstPage();
  createRoot(root).render(
    <StrictMode>
      <App firstPage={firstPage} />
    </StrictMode>,
  );
}
