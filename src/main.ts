/** The page's entry: plays the campaign, or the compiled story named by `?story=URL`. */
import campaignJson from '../story/main.ink';
import './components/ink-player/ink-player.ts';

const player = document.querySelector('ink-player');
if (player) player.storyJson = campaignJson;
