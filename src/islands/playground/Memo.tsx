/**
 * Renders `render()` again only when one of `deps` differs (by identity) from the last render.
 * The playground redraws every frame while it trains; the parts that do not change then (the
 * settings, the data points) are wrapped in this so that Preact skips them instead of comparing
 * them node by node sixty times a second.
 */
import { Component, type ComponentChildren } from 'preact';

interface Props {
  readonly deps: readonly unknown[];
  readonly render: () => ComponentChildren;
}

export class Memo extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const { deps } = this.props;
    return next.deps.length !== deps.length || next.deps.some((d, i) => d !== deps[i]);
  }

  override render() {
    return this.props.render();
  }
}
