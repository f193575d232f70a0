/**
 * Tells the other tabs of the same story when this one writes its autosave, so that a tab
 * whose game was continued elsewhere can say so. A no-op where BroadcastChannel is missing.
 */
interface WriteMessage {
  readonly tabId: string;
  readonly revision: number;
}

export class TabChannel {
  private readonly channel: BroadcastChannel | null;

  constructor(
    storyId: string,
    private readonly tabId: string,
    onOtherTabWrote: (message: WriteMessage) => void,
  ) {
    this.channel =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`stavka:${storyId}`);
    this.channel?.addEventListener('message', (event: MessageEvent<WriteMessage>) => {
      if (event.data?.tabId && event.data.tabId !== this.tabId) onOtherTabWrote(event.data);
    });
  }

  announce(revision: number): void {
    this.channel?.postMessage({ tabId: this.tabId, revision } satisfies WriteMessage);
  }

  close(): void {
    this.channel?.close();
  }
}
