/**
 * The game as a context: `<ink-player>` provides its GameController to the elements inside it
 * that ask for it (the branch views), which read what it holds and call its methods. The value
 * is the same controller for the page's life; consumers that subscribe are told each time the
 * game changes. Loaded with the branch views, so the first screen does not wait for it.
 */
import { ContextProvider, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { GameController } from './game-controller.ts';

export const gameContext = createContext<GameController>(Symbol('stavka-game'));

const providing = new WeakSet<HTMLElement>();

/** Makes `game` the context of every element inside `host` (once per host). */
export function provideGame(
  host: ReactiveControllerHost & HTMLElement,
  game: GameController,
): void {
  if (providing.has(host)) return;
  providing.add(host);
  const provider = new ContextProvider(host, { context: gameContext, initialValue: game });
  game.subscribe(() => provider.setValue(game, true));
}
