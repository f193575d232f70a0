/**
 * Headless Chromium now and then stops producing frames for a page: its script and DOM answer,
 * but requestAnimationFrame never fires, and Playwright's wait for an element to be stable (two
 * frames alike) never ends. These are the words that failure is known by, shared by the test that
 * describes a page (pageState in player-page.ts) and the config that runs such a test again.
 */

/** What pageState says of a page that answers but paints no frame. */
export const PAINTS_NO_FRAME = 'it answers but paints no frame';

/**
 * A failure that is the page's stall and nothing else: a click that timed out before any check
 * of the element came back, or a page found painting no frame.
 */
export const STALLED_PAGE = new RegExp(
  `waiting for element to be visible, enabled and stable\\S*\\s*$|${PAINTS_NO_FRAME}`,
);
