/** What every handler may use: the clock (never Date.now() directly, so tests can set it). */
export interface HandlerDeps {
  now(): number;
}
