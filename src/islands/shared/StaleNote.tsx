/**
 * Says that an example's results are its last valid ones. Always rendered, and shown by the
 * stylesheet only while a field of the same example is marked invalid, so no example has to
 * track its fields' drafts.
 */
export function StaleNote() {
  return <p class="nn-stale">Showing the results of the last valid values: a field above holds input that cannot be used.</p>;
}
