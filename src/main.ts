/** The page's entry: plays the campaign, or the compiled story named by `?story=URL`. */
import campaignJson, { storyHash as campaignHash } from '../story/main.ink';
import campaignEndings from '../story/main.ink?endings';
import './components/ink-player/ink-player.ts';
import type { StorySource } from './story-source.ts';
import { CAMPAIGN_ID } from './campaign-id.ts';

async function chooseStory(): Promise<StorySource> {
  // Only a page that names a story loads the code that fetches one.
  if (new URLSearchParams(window.location.search).has('story')) {
    const { fetchStory, requestedStoryUrl } = await import('./story-source.ts');
    const url = requestedStoryUrl(window.location);
    if (url) return fetchStory(url);
  }
  return {
    json: campaignJson,
    id: CAMPAIGN_ID,
    hash: campaignHash,
    assetBase: document.baseURI,
    analysis: () => import('../story/main.ink?analysis').then((m) => m.default),
    name: null,
  };
}

/** A `?run=` link: the shared run is replayed as a branch, and the address is tidied. */
function openSharedRun(player: HTMLElementTagNameMap['ink-player']): void {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('run');
  if (!code) return;
  void player.game.openShared(code).then(() => {
    url.searchParams.delete('run');
    history.replaceState(history.state, '', url.href);
  });
}

async function main(): Promise<void> {
  const player = document.querySelector('ink-player');
  if (!player) return;
  try {
    const source = await chooseStory();
    // The war room (stats, map, timeline) is drawn around the story once its first frame is up
    // (the player says so with its first `ink-view`), and offline play is set up then too:
    // nothing of either is on the first screen.
    player.addEventListener(
      'ink-view',
      (event) => {
        void import('./campaign-shell.ts').then(({ connectShell }) =>
          connectShell(player, event.story),
        );
        void import('./offline.ts');
      },
      { once: true },
    );
    player.endings = source.id === CAMPAIGN_ID ? campaignEndings : [];
    player.loadAnalysis = source.analysis;
    player.storyId = source.id;
    player.storyHash = source.hash;
    player.assetBase = source.assetBase;
    player.storyName = source.name;
    player.storyJson = source.json;
    openSharedRun(player);
  } catch (error) {
    // A StorySourceError (from the chunk that fetches stories) says what is wrong in words.
    const message =
      error instanceof Error && error.name === 'StorySourceError'
        ? error.message
        : 'The story could not be loaded.';
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.className = 'page-error';
    alert.textContent = message;
    player.replaceWith(alert);
  }
}

void main();
