import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyAppearance } from './hooks/use-appearance';
import { cachedAppearance } from './store/appearance-slice';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';
import './styles/appearance.css';
import './styles/header.css';
import './styles/post-density.css';
import './styles/forms.css';
import './styles/people.css';
import './styles/answers.css';

// The remembered look before the first paint: no flash of the wrong theme while main is asked.
applyAppearance(cachedAppearance(), matchMedia('(prefers-color-scheme: dark)').matches);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary what="Timedeck’s window" place="app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
