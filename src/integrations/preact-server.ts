// The islands' server renderer: @astrojs/preact's, with a check that does not render. Astro asks
// each renderer's check whether a framework component is its own; Preact's answers for a function
// component by rendering it once and looking at the markup, so every function island (the twelve
// exercises) was rendered twice. Preact is the only framework here, and Astro's own components
// never reach a renderer, so every function it is asked about is Preact's.
import preact from '@astrojs/preact/server.js';

export default { ...preact, check: (Component: unknown) => typeof Component === 'function' };
