// What a page tells the components it renders (Astro.locals), typed for the whole site.
declare namespace App {
  interface Locals {
    /**
     * Set by the ledger, which renders every chapter a second time only to read which quantities
     * it shows: Eq then writes just its quantities' data-q marks instead of typesetting them, and
     * EngineCode highlights nothing, so the ledger costs little more than the chapters' prose.
     */
    quantitiesOnly?: boolean;
  }
}
