import { Component, type FunctionComponent } from 'preact';

/**
 * `component`, rendered again only when `same` says its props changed: a long list's rows, which
 * would otherwise all be rendered again at each keystroke or tick in any one of them. (Preact's own
 * `memo` is in preact/compat, which the pages do not load.) Props that `same` does not compare,
 * such as callbacks, must not change what the row does from one render to the next. `component` is
 * called as this class's render, not rendered as a component of its own (a layer less for each of
 * thousands of rows): it must use no hooks, though what it renders may.
 */
export function memoized<P extends object>(
  component: FunctionComponent<P>,
  same: (before: Readonly<P>, after: Readonly<P>) => boolean,
): new (props: P) => Component<P> {
  return class Memoized extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }

    override render(props: P) {
      return component(props);
    }
  };
}
