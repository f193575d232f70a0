// The benchmark's baseline, as an author writes a page for an ink story: the inkjs runtime
// from a <script> tag, the compiled story fetched as JSON, plain DOM code and nothing else.
/* global inkjs */
fetch('story.json')
  .then((response) => response.text())
  .then((json) => {
    const story = new inkjs.Story(json);
    const text = document.getElementById('story');
    const choices = document.getElementById('choices');

    function step() {
      while (story.canContinue) {
        const p = document.createElement('p');
        p.textContent = story.Continue();
        text.appendChild(p);
      }
      choices.replaceChildren(
        ...story.currentChoices.map((choice) => {
          const button = document.createElement('button');
          button.className = 'choice';
          button.textContent = choice.text;
          button.addEventListener('click', () => {
            story.ChooseChoiceIndex(choice.index);
            step();
          });
          return button;
        }),
      );
    }

    step();
  });
