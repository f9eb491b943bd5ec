import { startEarlyFirstPage } from './boot/early-first-page';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A tiny entry: the first page of grants is requested now, while React, MUI and the app download,
// and so is the grants page's own chunk (index.html preloads only what the connect form needs too).
if (startEarlyFirstPage()) {
  import('./grants/grants-page').catch(() => undefined);
}
import('./app/mount')
  .then(({ mount }) => mount(root))
  .catch(() => {
    root.textContent = 'The dashboard could not load its code. Check your connection and reload the page.';
  });
