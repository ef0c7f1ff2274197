// The code listings' token colours as a stylesheet, made from the table the highlighter's
// transformer uses (src/components/helpers/token-classes.ts), so a colour pair is written once:
// the class a token gets and the colours that class paints are one entry. BaseLayout imports it
// as `virtual:token-colours.css`, after global.css, whose code.css holds the rest of the blocks' styles.
import type { Plugin } from 'vite';
import { TOKEN_CLASSES } from '../components/helpers/token-classes';

const ID = 'virtual:token-colours.css';

/** One rule a class: its light colour, and its dark one in --shiki-dark, which code.css switches on. */
function tokenColourRules(): string {
  return Object.entries(TOKEN_CLASSES)
    .map(([pair, name]) => {
      const [light, dark] = pair.toLowerCase().split(' ');
      return `.astro-code .${name}{color:${light};--shiki-dark:${dark}}`;
    })
    .join('');
}

export const tokenColours: Plugin = {
  name: 'token-colours',
  // With its query kept (?inline gives the text), which Vite's CSS plugin reads after the load.
  resolveId: (id) => (id.split('?')[0] === ID ? `\0${id}` : undefined),
  load: (id) => (id.split('?')[0] === `\0${ID}` ? tokenColourRules() : undefined),
};
