import { html } from '../html.ts';

/**
 * The page's short guide, shown in a dialog from the header: how to choose, go back, see every
 * road, and where the saves live. In words that fit any story, not only the campaign.
 */
export function renderHowToPlay(close: () => void) {
  return html`<header>
      <h2 id="help-title">How to play</h2>
      <button type="button" @click=${close}>Close</button>
    </header>
    <div class="help-body">
      <h3>Choosing</h3>
      <p>
        Read the text, then take one of the choices under it: click it, or press its number key
        (<kbd>1</kbd>–<kbd>9</kbd>). With the keyboard alone, <kbd>Tab</kbd> reaches the choices and
        <kbd>Enter</kbd> takes one. Each choice you make stays in the text where you made it, with
        its date.
      </p>
      <p>
        Earlier chapters fold into one line to keep the page short; click a folded chapter to read
        it again.
      </p>
      <h3>Going back</h3>
      <p>
        <strong>History</strong> lists the decisions of this run; rewind to any of them and take
        another road. Nothing is lost: the road you leave is kept as a run of its own.
      </p>
      <h3>Every road</h3>
      <p>
        <strong>Branches</strong> shows the map of every run you played, lets you compare two runs
        and lists the endings you have found. The quiet note under a choice says where it led in
        your other runs.
      </p>
      <h3>Saves</h3>
      <p>
        The game saves itself after every choice, in this browser only. Clearing the browser's site
        data, or playing in another browser or device, starts afresh. To keep your games, or to move
        them, use <strong>Saves</strong> and <em>Export everything</em> to a file, then import that
        file wherever you play.
      </p>
    </div>`;
}
