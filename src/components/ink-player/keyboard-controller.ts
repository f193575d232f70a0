import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keys 1-9 pick the matching choice, unless the player is typing or a dialog is open. */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly choiceCount: () => number,
    private readonly pick: (index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.handleKeydown);
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (!/^[1-9]$/.test(event.key)) return;
    const path = event.composedPath();
    const typing = path.some(
      (node) =>
        node instanceof HTMLElement &&
        (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)),
    );
    const inDialog = path.some((node) => node instanceof HTMLDialogElement && node.open);
    if (typing || inDialog) return;
    const index = Number(event.key) - 1;
    if (index >= this.choiceCount()) return;
    event.preventDefault();
    this.pick(index);
  };
}
