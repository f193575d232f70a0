/**
 * The game as a context: `<ink-player>` provides its GameController to every element inside
 * it (the war room, the branch views), which read what it holds and call its methods. The
 * value is the same controller for the page's life; consumers that subscribe are told each
 * time the game changes.
 */
import { createContext } from '@lit/context';
import type { GameController } from './game-controller.ts';

export const gameContext = createContext<GameController>(Symbol('stavka-game'));
