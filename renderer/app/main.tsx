import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveHost, type ResolvedHost } from '../api/resolveApi.js';
import { App } from './App.js';
import { NoHostScreen } from './shell/NoHostScreen.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/workspace.css';
import './styles/review.css';

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  let host: ResolvedHost | undefined;
  let problem: unknown;
  try {
    host = resolveHost();
  } catch (error) {
    problem = error;
  }
  root.render(<StrictMode>{host ? <App resolved={host} /> : <NoHostScreen error={problem} />}</StrictMode>);
}
