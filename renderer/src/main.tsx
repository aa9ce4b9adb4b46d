import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme, readStoredTheme } from './hooks/useTheme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/workspace.css';
import './styles/beats.css';
import './styles/inspector.css';
import './styles/people.css';
import './styles/overlays.css';
import './styles/checks.css';
import './styles/consent.css';
import './styles/versions.css';
import './styles/review.css';

// Before the first paint, so a stored dark/light choice does not flash the other theme.
applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('The #root element is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
