/**
 * The benchmark's baseline: the inkjs runtime and the same compiled story, rendered with plain
 * DOM code and nothing else (no components, no saves, no panels).
 */
import { Story } from 'inkjs';
import storyJson from '../../story/main.ink';

const story = new Story(storyJson);
const text = document.getElementById('story')!;
const choices = document.getElementById('choices')!;

function step(): void {
  while (story.canContinue) {
    const p = document.createElement('p');
    p.textContent = story.Continue() ?? '';
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
