import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DevPage } from './DevPage.js';
import { readDevQuery } from './readDevQuery.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DevPage query={readDevQuery(location.search)} />
    </StrictMode>,
  );
}
