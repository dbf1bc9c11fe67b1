import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { AuthSession } from '@fleet/console-auth';
import { I18nProvider } from '@fleet/console-i18n';
import { ConsoleApp, resolveConsoleConfig } from '@fleet/console-live-map';
import './styles.css';

// The worker is bundled as an asset next to the app, so the map needs no CDN.
setWorkerUrl(new URL(maplibreWorkerUrl, window.location.href).href);

/** Deployment settings from `console-config.json` next to index.html (editable without rebuilding); defaults when absent. */
async function loadDeploymentConfig(): Promise<unknown> {
  try {
    const res = await fetch('./console-config.json', { cache: 'no-cache' });
    return res.ok ? ((await res.json()) as unknown) : null;
  } catch (error) {
    console.warn('[console] console-config.json not loaded, using defaults', error);
    return null;
  }
}

async function start(): Promise<void> {
  const config = resolveConsoleConfig(
    { rasterTileUrl: import.meta.env['CONSOLE_PUBLIC_RASTER_TILE_URL'] as unknown },
    await loadDeploymentConfig(),
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const session = new AuthSession({ baseUrl: config.apiBaseUrl });
  // Outside React so StrictMode's double effects cannot spend the single-use refresh token twice.
  void session.restore();
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ConsoleApp config={config} session={session} />
      </I18nProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) => console.error('[console] failed to start', error));
