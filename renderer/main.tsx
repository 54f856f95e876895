import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { httpTransport } from './api/httpTransport';
import { ipcTransport } from './api/ipcTransport';
import { App } from './app/App';
import './styles/app.css';

// The environment provides the transport: the desktop preload's bridge, or the web-mode server.
const transport = window.coherence ? ipcTransport(window.coherence) : httpTransport();
const client = createClient(transport);

createRoot(document.getElementById('root')!).render(
  <ApiProvider client={client}>
    <App />
  </ApiProvider>,
);
