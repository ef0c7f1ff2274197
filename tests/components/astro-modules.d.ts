// tsc has no type for `.astro` imports (Astro's own checker supplies one); the component tests
// import components only to hand them to the Container API, which takes this factory type.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
