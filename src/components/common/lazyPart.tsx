import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import type { Strings } from '../../loc/strings';

/** Shows the part's own failure to load (a chunk lost to the network) instead of taking the whole app down. */
class PartBoundary extends React.Component<{ message: string; children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? <MessageBar messageBarType={MessageBarType.error}>{this.props.message}</MessageBar> : this.props.children;
  }
}

/**
 * A component whose code loads the first time it is shown (webpack's `import()` chunk in the web part; the workbench
 * inlines it), so screens most people never open stay out of the first bundle (the 300 KB gzipped budget,
 * `tests/package/sppkg.test.ts`). `stringsOf` finds the words for its spinner and its failure in its props.
 */
export function lazyPart<P extends object>(load: () => Promise<React.ComponentType<P>>, stringsOf: (props: P) => Strings): React.ComponentType<P> {
  // React.lazy's type asks for a props type it can take refs through; these parts take plain props.
  const Lazy = React.lazy(async () => ({ default: await load() })) as unknown as React.ComponentType<P>;
  function LazyPart(props: P): JSX.Element {
    const strings = stringsOf(props);
    return (
      <PartBoundary message={strings.common.partLoadFailed}>
        <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.common.loadingPart} />}>
          <Lazy {...props} />
        </React.Suspense>
      </PartBoundary>
    );
  }
  return LazyPart;
}
