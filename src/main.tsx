import './lib/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppProvider } from './app/provider.tsx';
import { createQueryClient } from './lib/query-client.ts';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const client = createQueryClient();
const app = (
  <StrictMode>
    <AppProvider client={client}>
      <App />
    </AppProvider>
  </StrictMode>
);

if (container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);
