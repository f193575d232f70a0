/**
 * Tells the other tabs of the same story when this one writes its autosave, so that a tab
 * whose game was continued elsewhere can say so. A no-op where BroadcastChannel is missing.
 */

/** What a tab announces after writing its autosave. */
export interface TabWrite {
  readonly tabId: string;
  readonly revision: number;
}

function isTabWrite(value: unknown): value is TabWrite {
  if (typeof value !== 'object' || value === null) return false;
  const { tabId, revision } = value as Record<string, unknown>;
  return typeof tabId === 'string' && tabId !== '' && typeof revision === 'number';
}

/** The channel's name: one per story, so two stories on one origin never hear each other. */
export function tabChannelName(storyId: string): string {
  return `stavka:${storyId}`;
}

export class TabChannel {
  private readonly channel: BroadcastChannel | null;

  /** Listens for other tabs' writes; `onOtherTabWrote` is never called for this tab's own. */
  constructor(
    storyId: string,
    private readonly tabId: string,
    onOtherTabWrote: (message: TabWrite) => void,
  ) {
    this.channel =
      typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(tabChannelName(storyId));
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (isTabWrite(data) && data.tabId !== this.tabId) {
        onOtherTabWrote({ tabId: data.tabId, revision: data.revision });
      }
    });
  }

  /** Whether other tabs can hear this one (false where BroadcastChannel does not exist). */
  get connected(): boolean {
    return this.channel !== null;
  }

  /** Tells the other tabs that this tab wrote autosave `revision`. */
  announce(revision: number): void {
    this.channel?.postMessage({ tabId: this.tabId, revision } satisfies TabWrite);
  }

  close(): void {
    this.channel?.close();
  }
}
