/**
 * Offline play: registers the service worker the build writes (`sw.js`, see
 * src/build/service-worker.ts), which keeps the game's files after the first visit, and tells
 * the player when a new version has been installed. Not in the dev server, where files change
 * on every save.
 */

const NEW_VERSION = 'A new version of the game has been installed. Reload the page to play it.';

/** Says once, in the player, that a new build has taken over. */
function announceNewVersion(): void {
  document.querySelector('ink-player')?.addNotice('info', NEW_VERSION);
}

async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // Only a page that was already kept by a worker has an older version to replace.
  const hadWorker = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadWorker) announceNewVersion();
  });
  try {
    await navigator.serviceWorker.register('./sw.js', { scope: './' });
  } catch (error) {
    // The game plays on without offline support (a private window, say).
    console.warn('Offline play is not available:', error);
  }
}

// After the page has loaded: the worker's downloads must not compete with the first screen.
if (document.readyState === 'complete') void registerServiceWorker();
else window.addEventListener('load', () => void registerServiceWorker(), { once: true });
